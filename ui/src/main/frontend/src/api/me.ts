import { graphql } from '../gql';

/** Who is signed in: the shell shows it, the thread and the consent form tell the user's own texts and rights by it. */
export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      roles
      personalNumber {
        number
        status
      }
    }
  }
`);
