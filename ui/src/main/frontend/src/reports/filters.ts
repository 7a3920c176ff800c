import type { Key } from 'react-aria-components';
import { startOfLocalDay } from '../app/days';
import type { MessageId } from '../i18n/messages';
import type {
  ConsentChoice,
  ConsentReportFilter,
  ConsentScopeKind,
  ConsentSource,
  MessageReportFilter,
  MessageStatus,
} from '../gql/graphql';

/** The key of a Select's "any" option: no filter. */
export const ANY = 'any';
/** The key of the pool Select's option for texts from personal numbers. */
export const PERSONAL = 'personal';

export const STATUSES: MessageStatus[] = [
  'QUEUED',
  'SENDING',
  'SENT',
  'DELIVERED',
  'UNDELIVERED',
  'FAILED',
  'FELL_BACK_TO_EMAIL',
];
export const ACTIONS: ConsentChoice[] = ['OPT_OUT', 'OPT_IN'];
export const SOURCES: ConsentSource[] = ['KEYWORD', 'STAFF', 'FORM', 'IMPORT', 'CARRIER_OPT_OUT_TYPE', 'CARRIER_ERROR'];
export const SCOPES: ConsentScopeKind[] = ['ALL', 'POOL', 'PERSONAL_NUMBER'];

export type PoolOption = { id: string; name: string };

/** A field's problem: the id of its message. */
export type Problems = Partial<Record<'sentBy' | 'errorCode' | 'from' | 'until', MessageId>>;

/**
 * Whether each date input holds something the browser could not read as a date: its value is then empty, so only
 * the input itself can tell.
 */
export interface UnreadableDates {
  from: boolean;
  until: boolean;
}

/** The messages tab's filters as typed, before they are applied. */
export interface MessageDraft {
  pool: Key;
  sentBy: { id: string; name: string } | null;
  sentByText: string;
  status: Key;
  errorCode: string;
  from: string;
  until: string;
}

export const NO_MESSAGE_FILTERS: MessageDraft = {
  pool: ANY,
  sentBy: null,
  sentByText: '',
  status: ANY,
  errorCode: '',
  from: '',
  until: '',
};

/** The opt-outs tab's filters as typed, before they are applied. */
export interface OptOutDraft {
  pool: Key;
  action: Key;
  source: Key;
  scope: Key;
  from: string;
  until: string;
}

export const NO_OPT_OUT_FILTERS: OptOutDraft = { pool: ANY, action: ANY, source: ANY, scope: ANY, from: '', until: '' };

/** The messages filter the draft asks for, and what is wrong with it; Sent by counts only where it is shown. */
export function messageFilter(
  draft: MessageDraft,
  withSentBy: boolean,
  unreadable: UnreadableDates,
): { filter: MessageReportFilter; problems: Problems } {
  const problems: Problems = {};
  const filter: MessageReportFilter = {};
  if (draft.pool === PERSONAL) {
    filter.personal = true;
  } else if (draft.pool !== ANY) {
    filter.poolId = String(draft.pool);
  }
  if (withSentBy) {
    if (draft.sentBy) {
      filter.sentByStaffUserId = draft.sentBy.id;
    } else if (draft.sentByText.trim()) {
      problems.sentBy = 'reports.sentBy.invalid';
    }
  }
  if (draft.status !== ANY) {
    filter.status = draft.status as MessageStatus;
  }
  const code = draft.errorCode.trim();
  if (code) {
    if (/^\d{1,9}$/.test(code)) {
      filter.errorCode = Number(code);
    } else {
      problems.errorCode = 'reports.errorCode.invalid';
    }
  }
  Object.assign(filter, dateRange(draft.from, draft.until, unreadable, problems));
  return { filter, problems };
}

/** The opt-outs filter the draft asks for, and what is wrong with it. */
export function optOutFilter(
  draft: OptOutDraft,
  unreadable: UnreadableDates,
): { filter: ConsentReportFilter; problems: Problems } {
  const problems: Problems = {};
  const filter: ConsentReportFilter = {};
  if (draft.pool !== ANY) {
    filter.poolId = String(draft.pool);
  }
  if (draft.action !== ANY) {
    filter.action = draft.action as ConsentChoice;
  }
  if (draft.source !== ANY) {
    filter.source = draft.source as ConsentSource;
  }
  if (draft.scope !== ANY) {
    filter.scope = draft.scope as ConsentScopeKind;
  }
  Object.assign(filter, dateRange(draft.from, draft.until, unreadable, problems));
  return { filter, problems };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * From and Until as instants in the user's time zone: From's day from its start, Until's day to its end (the start
 * of the next day, since the API's until is exclusive). Problems go to `found`.
 */
export function dateRange(
  from: string,
  until: string,
  unreadable: UnreadableDates,
  found: Problems,
): { from?: string; until?: string } {
  const range: { from?: string; until?: string } = {};
  if (unreadable.from || (from && !DATE.test(from))) {
    found.from = 'reports.date.invalid';
  } else if (from) {
    range.from = startOfLocalDay(from);
  }
  if (unreadable.until || (until && !DATE.test(until))) {
    found.until = 'reports.date.invalid';
  } else if (until) {
    if (range.from && until < from) {
      found.until = 'reports.until.beforeFrom';
    } else {
      range.until = startOfLocalDay(until, 1);
    }
  }
  return range;
}

/** The start of the day `days` after a yyyy-mm-dd date, in the browser's time zone, as an ISO instant. */

/** Whether two filters ask for the same rows: applying the same one again reloads instead of changing nothing. */
export function sameFilter(a: object, b: object): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
