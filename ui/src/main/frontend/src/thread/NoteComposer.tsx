import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Form } from '../ui/FormParts';
import { graphql } from '../gql';
import { Button } from '../ui/Button';
import { ComboBox } from '../ui/ComboBox';
import { Notice } from '../ui/Notice';
import { TextArea } from '../ui/TextArea';
import { poolMembersQuery } from './Assignment';
import styles from './ThreadPane.module.css';

export const addNoteMutation = graphql(`
  mutation AddNote($conversationId: ID!, $body: String!, $mentions: [ID]) {
    addNote(input: { conversationId: $conversationId, body: $body, mentions: $mentions }) {
      id
    }
  }
`);

/**
 * A note for the others who see the conversation, never sent to the contact. Naming a member of the pool (picked by
 * name) writes "@Name" into the note and tells them, live and by email, once; a name taken out of the text is not
 * told.
 */
export function NoteComposer(props: { conversationId: string; poolId: string | null; onAdded: () => void }) {
  const intl = useIntl();
  const members =
    useQuery(poolMembersQuery, { variables: { id: props.poolId ?? '' }, skip: !props.poolId }).data?.pool?.members ??
    [];
  const [body, setBody] = useState('');
  const [named, setNamed] = useState<{ id: string; name: string }[]>([]);
  const [search, setSearch] = useState('');
  const [add, adding] = useMutation(addNoteMutation);
  const typed = search.trim().toLowerCase();
  const options = members
    .filter((member) => !typed || member.name.toLowerCase().includes(typed))
    .map((member) => ({ id: member.staffUserId, name: member.name, detail: member.email ?? undefined }));
  return (
    <Form
      className={styles.noteComposer}
      aria-label={intl.formatMessage({ id: 'thread.note.form' })}
      onSubmit={(event) => {
        event.preventDefault();
        const text = body.trim();
        if (!text) {
          return;
        }
        const mentions = named.filter((member) => text.includes(`@${member.name}`)).map((member) => member.id);
        void add({ variables: { conversationId: props.conversationId, body: text, mentions } })
          .then(() => {
            setBody('');
            setNamed([]);
            props.onAdded();
          })
          .catch(() => undefined);
      }}
    >
      <TextArea
        label={<FormattedMessage id="thread.note.label" />}
        description={<FormattedMessage id="thread.note.hint" />}
        value={body}
        onChange={setBody}
        rows={2}
        maxLength={2000}
      />
      {props.poolId && (
        <ComboBox
          // A fresh box after each name: empty, closed, ready for the next.
          key={named.length}
          label={<FormattedMessage id="thread.note.mention" />}
          options={options}
          inputValue={search}
          onInputChange={setSearch}
          onSelect={(option) => {
            if (option) {
              setNamed((all) => (all.some((m) => m.id === option.id) ? all : [...all, option]));
              setBody((text) => `${text}${text && !text.endsWith(' ') ? ' ' : ''}@${option.name} `);
              setSearch('');
            }
          }}
          emptyText={<FormattedMessage id="thread.assignNoMatch" />}
          buttonLabel={intl.formatMessage({ id: 'thread.assignMembers' })}
          className={styles.assignTo}
        />
      )}
      <Button type="submit" isPending={adding.loading}>
        <FormattedMessage id="thread.note.add" />
      </Button>
      <Notice kind="error" id="thread.note.failed" error={adding.error} />
    </Form>
  );
}
