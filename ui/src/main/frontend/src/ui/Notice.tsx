import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { errorSentence } from '../app/errors';
import styles from './Notice.module.css';
import type { MessageId } from '../i18n/messages';

interface Common {
  /** The message to show; with `error`, it gets the API's sentence as its `{reason}`. */
  id?: MessageId;
  /** More values for the message's placeholders. */
  values?: Record<string, ReactNode>;
  /** What to show when there is no message id (or beside it, after it). */
  children?: ReactNode;
  /** The element's own id, for a field's aria-describedby. */
  domId?: string;
  /** Layout from the screen (margins, placement): the look is the notice's own. */
  className?: string;
  /** `small` under a field, `regular` as a line of its own. */
  size?: 'regular' | 'small';
  /** The element: a paragraph by default, a span inside a line of actions, a div around other blocks. */
  as?: 'p' | 'span' | 'div';
}

/**
 * A line that reports something. `error` is an alert (announced at once): the message `id` with the API's sentence for
 * `error` as its `{reason}`, or that sentence alone, or the children. Passing `error` that is empty (no error yet)
 * renders nothing, so `<Notice kind="error" id="x.failed" error={query.error} />` needs no condition around it.
 * `status` is a polite live region that stays in the page even when empty, so that what appears in it is announced;
 * `success` colours it as something done, `warning` as what the user must not miss (a text going by email). `note` is a line that is not announced (a warning the user reads).
 */
export type NoticeProps =
  | (Common & { kind: 'error'; error?: unknown })
  | (Common & { kind: 'status'; tone?: 'neutral' | 'success' | 'warning' })
  | (Common & { kind: 'note'; error?: unknown });

export function Notice(props: NoticeProps) {
  const intl = useIntl();
  const hasError = props.kind !== 'status' && 'error' in props;
  if (hasError && !props.error) {
    return null;
  }
  const reason = hasError ? errorSentence(props.error, intl) : undefined;
  const Element = props.as ?? 'p';
  const role = props.kind === 'error' ? 'alert' : props.kind === 'status' ? 'status' : undefined;
  return (
    <Element
      id={props.domId}
      role={role}
      className={props.className ? `${styles.notice} ${props.className}` : styles.notice}
      data-kind={props.kind}
      data-size={props.size ?? 'regular'}
      data-tone={props.kind === 'status' ? (props.tone ?? 'neutral') : undefined}
    >
      {props.id ? (
        <FormattedMessage id={props.id} values={reason === undefined ? props.values : { ...props.values, reason }} />
      ) : (
        reason
      )}
      {props.children}
    </Element>
  );
}
