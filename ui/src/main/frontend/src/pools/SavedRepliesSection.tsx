import { useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PoolDetailsFragment as Pool, PoolSavedRepliesQuery } from '../gql/graphql';
import { deleteSavedReplyMutation, saveReplyMutation, savedRepliesQuery } from './operations';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Form } from '../ui/FormParts';
import { Notice } from '../ui/Notice';
import { OutcomeView, useOutcome } from '../ui/Outcome';
import { TextArea } from '../ui/TextArea';
import { TextField } from '../ui/TextField';
import styles from './PoolsScreen.module.css';

type SavedReply = PoolSavedRepliesQuery['savedReplies'][number];

const VARIABLES = {
  firstName: <code>{'{firstName}'}</code>,
  lastName: <code>{'{lastName}'}</code>,
  staffName: <code>{'{staffName}'}</code>,
  poolName: <code>{'{poolName}'}</code>,
};

interface Draft {
  id: string | null;
  title: string;
  body: string;
}

const NO_DRAFT: Draft = { id: null, title: '', body: '' };

/** The pool's saved replies (not the user's own, which the same query returns too); its admins edit them. */
export function SavedRepliesSection({ pool, canEdit }: { pool: Pool; canEdit: boolean }) {
  const intl = useIntl();
  const replies = useQuery(savedRepliesQuery, { variables: { poolId: pool.id } });
  const list = (replies.data?.savedReplies ?? []).filter((r) => r.poolId === pool.id);
  const [draft, setDraft] = useState<Draft>(NO_DRAFT);
  const [toDelete, setToDelete] = useState<SavedReply | null>(null);
  const [save, { loading }] = useMutation(saveReplyMutation);
  const [remove] = useMutation(deleteSavedReplyMutation);
  const { outcome, run } = useOutcome();
  const needBoth = (value: string) => (value.trim() ? null : intl.formatMessage({ id: 'pools.replies.needBoth' }));
  const heading = useRef<HTMLHeadingElement>(null);
  const titleField = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.section} aria-busy={replies.loading}>
      <h3 id="pool-replies" ref={heading} tabIndex={-1} className={styles.sectionHeading}>
        <FormattedMessage id="pools.replies" />
      </h3>
      {replies.loading && !replies.data && (
        <p>
          <FormattedMessage id="pools.replies.loading" />
        </p>
      )}
      <Notice kind="error" id="pools.replies.failed" error={replies.error} />
      {replies.data && list.length === 0 && (
        <p>
          <FormattedMessage id="pools.replies.none" />
        </p>
      )}
      {list.length > 0 && (
        <ul className={styles.replies}>
          {list.map((reply) => (
            <li key={reply.id} className={styles.reply}>
              <h4 className={styles.replyTitle}>{reply.title}</h4>
              <p className={styles.replyBody}>{reply.body}</p>
              {canEdit && (
                <div className={styles.actions}>
                  <Button
                    variant="secondary"
                    aria-label={intl.formatMessage({ id: 'pools.replies.editNamed' }, { title: reply.title })}
                    onPress={() => {
                      setDraft({ id: reply.id, title: reply.title, body: reply.body });
                      titleField.current?.focus();
                    }}
                  >
                    <FormattedMessage id="pools.replies.edit" />
                  </Button>
                  <Button
                    variant="secondary"
                    aria-label={intl.formatMessage({ id: 'pools.replies.deleteNamed' }, { title: reply.title })}
                    onPress={() => setToDelete(reply)}
                  >
                    <FormattedMessage id="pools.replies.delete" />
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <Form
          className={styles.form}
          aria-labelledby="pool-reply-form"
          onSubmit={(event) => {
            event.preventDefault();
            const title = draft.title.trim();
            void run(
              async () => {
                await save({
                  variables: {
                    input: { ...(draft.id ? { id: draft.id } : {}), poolId: pool.id, title, body: draft.body },
                  },
                });
                await replies.refetch();
              },
              intl.formatMessage({ id: 'pools.replies.saved' }, { title }),
            ).then((ok) => {
              if (ok) {
                setDraft(NO_DRAFT);
              }
            });
          }}
        >
          <h4 id="pool-reply-form" className={styles.formHeading}>
            <FormattedMessage id={draft.id ? 'pools.replies.editing' : 'pools.replies.new'} />
          </h4>
          <TextField
            label={<FormattedMessage id="pools.replies.title" />}
            value={draft.title}
            onChange={(title) => setDraft((d) => ({ ...d, title }))}
            validate={needBoth}
            autoComplete="off"
            inputRef={titleField}
            className={styles.field}
          />
          <TextArea
            label={<FormattedMessage id="pools.replies.body" />}
            description={<FormattedMessage id="pools.replies.variables" values={VARIABLES} />}
            rows={4}
            value={draft.body}
            onChange={(body) => setDraft((d) => ({ ...d, body }))}
            validate={needBoth}
            className={styles.field}
          />
          <div className={styles.actions}>
            <Button type="submit" variant="primary" isPending={loading}>
              <FormattedMessage id="pools.replies.save" />
            </Button>
            {draft.id && (
              <Button variant="secondary" onPress={() => setDraft(NO_DRAFT)}>
                <FormattedMessage id="pools.cancel" />
              </Button>
            )}
          </div>
          <OutcomeView outcome={outcome} />
        </Form>
      )}
      <ConfirmDialog
        isOpen={toDelete !== null}
        title={intl.formatMessage({ id: 'pools.replies.deleteTitle' }, { title: toDelete?.title ?? '' })}
        text={intl.formatMessage({ id: 'pools.replies.deleteText' })}
        confirmLabel={intl.formatMessage({ id: 'pools.replies.deleteConfirm' })}
        cancelLabel={intl.formatMessage({ id: 'pools.cancel' })}
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          const reply = toDelete;
          setToDelete(null);
          if (!reply) {
            return;
          }
          void run(
            async () => {
              await remove({ variables: { id: reply.id } });
              await replies.refetch();
            },
            intl.formatMessage({ id: 'pools.replies.deleted' }, { title: reply.title }),
          ).then(() => {
            setDraft((d) => (d.id === reply.id ? NO_DRAFT : d));
            heading.current?.focus();
          });
        }}
      />
    </section>
  );
}
