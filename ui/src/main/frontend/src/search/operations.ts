/** The search screen's API operations. */
import { graphql } from '../gql';

export const searchPoolsQuery = graphql(`
  query SearchPools {
    pools {
      id
      name
    }
  }
`);

export const searchMessagesQuery = graphql(`
  query SearchMessages($text: String!, $filter: MessageSearchFilter, $limit: Int!, $offset: Int!) {
    searchMessages(text: $text, filter: $filter, limit: $limit, offset: $offset) {
      more
      complete
      hits {
        messageId
        conversationId
        direction
        note
        body
        contactNumber
        poolId
        poolName
        at
      }
    }
  }
`);
