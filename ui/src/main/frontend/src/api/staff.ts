import { graphql } from '../gql';

/** Staff by name or email, for pool admins and institution admins: who to add to a pool, or whose texts to report. */
export const staffSearchQuery = graphql(`
  query StaffSearch($text: String!) {
    searchStaff(text: $text, limit: 20) {
      staffUserId
      name
      email
    }
  }
`);
