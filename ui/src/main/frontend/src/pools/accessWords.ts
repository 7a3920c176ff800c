import { useIntl } from 'react-intl';
import type { PoolAccess } from '../gql/graphql';

/** The accesses a member can be given, in the order they are offered. */
export const ACCESSES: PoolAccess[] = ['ROLE', 'ADMIN'];

/** An access in the user's words, for the lists and the sentences that name it. */
export function useAccessWords() {
  const intl = useIntl();
  return (access: PoolAccess) => intl.formatMessage({ id: `pools.access.${access}` });
}
