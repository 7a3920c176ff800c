import { graphql } from '../gql';

/** Who the user is (institution admins have the role "admin") and the pools they may see. */
export const poolsListQuery = graphql(`
  query PoolsList {
    me {
      id
      roles
    }
    pools {
      id
      name
      myAccess
    }
  }
`);

export const poolDetailsFragment = graphql(`
  fragment PoolDetails on Pool {
    id
    name
    myAccess
    sendingWindow
    unansweredAlertHours
    assignOnAnswer
    footer {
      custom
      intervalDays
      text
    }
    members {
      staffUserId
      name
      email
      access
    }
    numbers {
      number
      kind
      segmentsPerSecond
    }
  }
`);

export const poolQuery = graphql(`
  query PoolDetail($id: ID!) {
    pool(id: $id) {
      ...PoolDetails
    }
  }
`);

export const savedRepliesQuery = graphql(`
  query PoolSavedReplies($poolId: ID!) {
    savedReplies(poolId: $poolId) {
      id
      poolId
      title
      body
      updatedAt
    }
  }
`);

export { staffSearchQuery } from '../api/staff';

export const setPoolMemberMutation = graphql(`
  mutation SetPoolMember($poolId: ID!, $staffUserId: ID!, $access: PoolAccess!) {
    setPoolMember(poolId: $poolId, staffUserId: $staffUserId, access: $access) {
      ...PoolDetails
    }
  }
`);

export const removePoolMemberMutation = graphql(`
  mutation RemovePoolMember($poolId: ID!, $staffUserId: ID!) {
    removePoolMember(poolId: $poolId, staffUserId: $staffUserId) {
      ...PoolDetails
    }
  }
`);

export const addPoolNumberMutation = graphql(`
  mutation AddPoolNumber($poolId: ID!, $number: String!, $kind: SenderKind!, $segmentsPerSecond: Int) {
    addPoolNumber(poolId: $poolId, number: $number, kind: $kind, segmentsPerSecond: $segmentsPerSecond) {
      ...PoolDetails
    }
  }
`);

export const setPoolFooterMutation = graphql(`
  mutation SetPoolFooter($poolId: ID!, $text: String, $intervalDays: Int) {
    setPoolFooter(poolId: $poolId, text: $text, intervalDays: $intervalDays) {
      ...PoolDetails
    }
  }
`);

export const setPoolSendingWindowMutation = graphql(`
  mutation SetPoolSendingWindow($poolId: ID!, $window: String!) {
    setPoolSendingWindow(poolId: $poolId, window: $window) {
      ...PoolDetails
    }
  }
`);

export const setPoolUnansweredAlertMutation = graphql(`
  mutation SetPoolUnansweredAlert($poolId: ID!, $workingHours: Int) {
    setPoolUnansweredAlert(poolId: $poolId, workingHours: $workingHours) {
      ...PoolDetails
    }
  }
`);

export const setPoolAssignOnAnswerMutation = graphql(`
  mutation SetPoolAssignOnAnswer($poolId: ID!, $assign: Boolean!) {
    setPoolAssignOnAnswer(poolId: $poolId, assign: $assign) {
      ...PoolDetails
    }
  }
`);

export const saveReplyMutation = graphql(`
  mutation SavePoolReply($input: SavedReplyInput!) {
    saveReply(input: $input) {
      id
      poolId
      title
      body
      updatedAt
    }
  }
`);

export const deleteSavedReplyMutation = graphql(`
  mutation DeletePoolReply($id: ID!) {
    deleteSavedReply(id: $id)
  }
`);

export const createPoolMutation = graphql(`
  mutation CreatePool($name: String!) {
    createPool(name: $name) {
      id
      name
      myAccess
    }
  }
`);
