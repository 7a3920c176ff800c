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

/** What is wrong with an error code as typed, if anything: a whole number or nothing. */
export function errorCodeProblem(text: string): MessageId | undefined {
  const code = text.trim();
  return code && !/^\d{1,9}$/.test(code) ? 'reports.errorCode.invalid' : undefined;
}

/** What is wrong with Sent by: text typed without choosing a staff member from the list. */
export function sentByProblem(text: string, chosen: boolean): MessageId | undefined {
  return text.trim() && !chosen ? 'reports.sentBy.invalid' : undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What is wrong with a date as typed: something that is not a date (the input's value is then empty and only its
 * own validity can tell, which the field checks), or Until before From.
 */
export function dateProblem(value: string, from?: string): MessageId | undefined {
  if (value && !DATE.test(value)) {
    return 'reports.date.invalid';
  }
  if (from !== undefined && value && from && DATE.test(from) && value < from) {
    return 'reports.until.beforeFrom';
  }
  return undefined;
}

/** The messages filter the draft asks for, once the form's fields are valid; Sent by counts only where it is shown. */
export function messageFilter(draft: MessageDraft, withSentBy: boolean): MessageReportFilter {
  const filter: MessageReportFilter = {};
  if (draft.pool === PERSONAL) {
    filter.personal = true;
  } else if (draft.pool !== ANY) {
    filter.poolId = String(draft.pool);
  }
  if (withSentBy && draft.sentBy) {
    filter.sentByStaffUserId = draft.sentBy.id;
  }
  if (draft.status !== ANY) {
    filter.status = draft.status as MessageStatus;
  }
  const code = draft.errorCode.trim();
  if (code && !errorCodeProblem(code)) {
    filter.errorCode = Number(code);
  }
  return Object.assign(filter, dateRange(draft.from, draft.until));
}

/** The opt-outs filter the draft asks for, once the form's fields are valid. */
export function optOutFilter(draft: OptOutDraft): ConsentReportFilter {
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
  return Object.assign(filter, dateRange(draft.from, draft.until));
}

/**
 * From and Until as instants in the user's time zone: From's day from its start, Until's day to its end (the start
 * of the next day, since the API's until is exclusive). Dates the fields refuse are left out.
 */
export function dateRange(from: string, until: string): { from?: string; until?: string } {
  const range: { from?: string; until?: string } = {};
  if (from && !dateProblem(from)) {
    range.from = startOfLocalDay(from);
  }
  if (until && !dateProblem(until, from)) {
    range.until = startOfLocalDay(until, 1);
  }
  return range;
}

/** Whether two filters ask for the same rows: applying the same one again reloads instead of changing nothing. */
export function sameFilter(a: object, b: object): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
