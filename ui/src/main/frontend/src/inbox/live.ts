import { graphql } from '../gql';

/** Everything that changes in what the user may see, as it happens: the inbox asks again for what it shows. */
export const inboxLiveSubscription = graphql(`
  subscription InboxLive {
    inboxEvents {
      kind
      conversationId
      at
      mentionedStaffUserId
    }
  }
`);
