import type { IntlShape } from 'react-intl';
import type { BulkProgressFieldsFragment } from '../gql/graphql';

/** A number of seconds in words, in the user's language: "45 seconds", "2 minutes and 5 seconds", "1 hour". */
export function durationWords(totalSeconds: number, intl: IntlShape): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const unit = (value: number, name: string) =>
    intl.formatNumber(value, { style: 'unit', unit: name, unitDisplay: 'long' });
  const parts: string[] = [];
  if (hours > 0) {
    parts.push(unit(hours, 'hour'));
  }
  if (minutes > 0) {
    parts.push(unit(minutes, 'minute'));
  }
  if (rest > 0 || parts.length === 0) {
    parts.push(unit(rest, 'second'));
  }
  return intl.formatList(parts, { type: 'conjunction' });
}

/** A sending window as the API gives it (08:00-21:00) with a proper range dash; null for "always" (00:00-24:00). */
export function windowText(window: string): string | null {
  const trimmed = window.trim();
  if (/^0?0:00\s*-\s*24:00$/.test(trimmed)) {
    return null;
  }
  return trimmed.replace(/\s*-\s*/, '–');
}

/** When held texts go: the time alone today, else with the date. */
export function heldTime(iso: string, intl: IntlShape): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === new Date().toDateString();
  return sameDay
    ? intl.formatTime(at, { timeStyle: 'short' })
    : intl.formatDate(at, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * How far a bulk send is: done is every text no longer waiting (handed to the carrier, or ended: delivered,
 * failed, undelivered, fell back to email) and every email sent or failed; total is every text and every email,
 * the fallback emails included once they exist.
 */
export function progressOf(p: BulkProgressFieldsFragment): { done: number; total: number } {
  const textsDone = p.sent + p.delivered + p.failed + p.undelivered + p.fellBackToEmail;
  const emailsDone = p.emailsSent + p.emailsFailed;
  const emails = Math.max(p.email, p.emailsSent + p.emailsPending + p.emailsFailed);
  const total = p.sms + emails;
  return { done: p.finished ? total : Math.min(textsDone + emailsDone, total), total };
}
