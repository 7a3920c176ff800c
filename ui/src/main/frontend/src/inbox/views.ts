import type { InboxFilter } from '../gql/graphql';

/** A view of the inbox: a name to show and the filter it asks the API for. */
export interface InboxView {
  key: string;
  filter: InboxFilter;
}

export const NEEDS_REPLY: InboxView = { key: 'needs-reply', filter: { needsReply: true } };
export const MINE: InboxView = { key: 'mine', filter: { mine: true } };
export const UNASSIGNED: InboxView = { key: 'unassigned', filter: { unassigned: true } };
export const UNREAD: InboxView = { key: 'unread', filter: { unread: true } };
export const ALL: InboxView = { key: 'all', filter: {} };
export const PERSONAL: InboxView = { key: 'personal', filter: { personal: true } };

export function poolView(poolId: string): InboxView {
  return { key: `pool-${poolId}`, filter: { poolId } };
}
