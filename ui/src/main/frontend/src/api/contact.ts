import { graphql } from '../gql';
import type { ContactPanelQuery } from '../gql/graphql';

/**
 * Everything the contact panel shows of a person; the thread reads its name from the same answer when opened from an
 * address (one request, shared through the cache).
 */
export const contactPanelQuery = graphql(`
  query ContactPanel($personId: ID!) {
    contact(id: $personId) {
      id
      firstName
      lastName
      kind
      email
      records {
        type
        externalId
      }
      guardians {
        id
        firstName
        lastName
      }
      guardianOf {
        id
        firstName
        lastName
      }
      mobiles {
        number
        recordType
        consent {
          optedOut
          optOuts {
            id
            scope
            source
            occurredAt
          }
          lastOptIn {
            id
            occurredAt
          }
        }
      }
    }
    consentHistory(personId: $personId) {
      id
      action
      scope
      source
      phone
      occurredAt
      detail
    }
    inbox(filter: { personId: $personId }, first: 20) {
      rows {
        id
        personal
        poolName
        lastActivityAt
        lastMessage
      }
    }
    pools {
      id
      name
      myAccess
    }
  }
`);

export type Contact = ContactPanelQuery['contact'];
