import type { IntlShape } from 'react-intl';
import type { InboxRowFragment } from '../gql/graphql';

/** Who a conversation is with, as its row names it: the person, the possible people, or the number. */
export function rowTitle(row: InboxRowFragment | undefined, intl: IntlShape): string | undefined {
  if (!row) {
    return undefined;
  }
  return row.contact
    ? `${row.contact.firstName} ${row.contact.lastName}`
    : row.candidates > 1
      ? intl.formatMessage({ id: 'inbox.candidates' }, { count: row.candidates, number: row.contactNumber })
      : row.contactNumber;
}
