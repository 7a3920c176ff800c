import { graphql } from '../gql';

/** The pools the user may send from are those with myAccess set. */
export const bulkPoolsQuery = graphql(`
  query BulkPools {
    pools {
      id
      name
      myAccess
      sendingWindow
    }
  }
`);

export const bulkCaseloadQuery = graphql(`
  query BulkCaseload {
    myCaseload {
      id
      firstName
      lastName
    }
  }
`);

/** People by first or last name: to pick them, and to count who a name search reaches. */
export const bulkContactsQuery = graphql(`
  query BulkContacts($text: String!, $limit: Int) {
    searchContacts(text: $text, limit: $limit) {
      total
      contacts {
        id
        firstName
        lastName
        kind
        records {
          type
          externalId
        }
      }
    }
  }
`);

export { previewQuery as bulkPreviewQuery } from '../api/preview';

export const bulkPlanMutation = graphql(`
  mutation BulkPlan($audience: AudienceInput!, $body: String!, $poolId: ID!, $recordType: RecordType) {
    planBulkSend(audience: $audience, body: $body, poolId: $poolId, recordType: $recordType) {
      id
      poolId
      sms
      email
      skipped
      skipReasons {
        reason
        count
      }
      segments
      segmentsPerSecond
      estimatedSeconds
      sendingWindow
      heldForWindow
      heldUntil
    }
  }
`);

export const bulkProgressFragment = graphql(`
  fragment BulkProgressFields on BulkSendProgress {
    id
    poolId
    status
    finished
    sms
    email
    skipped
    notYetQueued
    queued
    sending
    sent
    delivered
    failed
    undelivered
    fellBackToEmail
    emailsSent
    emailsPending
    emailsFailed
    estimatedSeconds
  }
`);

export const bulkStartMutation = graphql(`
  mutation BulkStart($planId: ID!) {
    startBulkSend(planId: $planId) {
      ...BulkProgressFields
    }
  }
`);

export const bulkSendStatusQuery = graphql(`
  query BulkSendStatus($id: ID!) {
    bulkSend(id: $id) {
      ...BulkProgressFields
    }
  }
`);

export const bulkSendLiveSubscription = graphql(`
  subscription BulkSendLive($id: ID!) {
    bulkSendProgress(id: $id) {
      ...BulkProgressFields
    }
  }
`);
