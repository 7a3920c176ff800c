import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { Button } from '../ui/Button';
import { ComboBox } from '../ui/ComboBox';
import { Notice } from '../ui/Notice';
import styles from './ThreadPane.module.css';

export const poolMembersQuery = graphql(`
  query PoolMembers($id: ID!) {
    pool(id: $id) {
      id
      members {
        staffUserId
        name
        email
      }
    }
  }
`);

export const assignMutation = graphql(`
  mutation AssignConversation($id: ID!, $staffUserId: ID) {
    assignConversation(id: $id, staffUserId: $staffUserId) {
      id
      assignee {
        staffUserId
        name
      }
    }
  }
`);

/**
 * Who has a pool's conversation, and the ways to change it: to me, to nobody, or to a member found by name. The
 * answer updates the thread through the cache; everyone else's screen hears it live.
 */
export function Assignment(props: {
  conversationId: string;
  poolId: string;
  assignee: { staffUserId: string; name: string } | null;
  meId: string | undefined;
}) {
  const intl = useIntl();
  const members = useQuery(poolMembersQuery, { variables: { id: props.poolId } }).data?.pool?.members ?? [];
  const [assign, assigning] = useMutation(assignMutation);
  // The box shows who has the conversation; typing in it finds another member.
  // A member picked shows as picked at once (the box would otherwise go back to the one who has it until the
  // answer comes, and open its list again).
  const [picked, setPicked] = useState<{ id: string | null; name: string } | null>(null);
  const shown = picked ?? (props.assignee ? { id: props.assignee.staffUserId, name: props.assignee.name } : null);
  const current = shown?.name ?? '';
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);
  const give = (staffUserId: string | null, name: string) => {
    setPicked({ id: staffUserId, name });
    void assign({ variables: { id: props.conversationId, staffUserId } })
      .catch(() => undefined)
      .finally(() => setPicked(null));
  };
  const mine = shown !== null && shown.id === props.meId;
  const iAmMember = members.some((member) => member.staffUserId === props.meId);
  const typed = text === current ? '' : text.trim().toLowerCase();
  const options = members
    .filter(
      (member) =>
        !typed || member.name.toLowerCase().includes(typed) || (member.email ?? '').toLowerCase().startsWith(typed),
    )
    .map((member) => ({ id: member.staffUserId, name: member.name, detail: member.email ?? undefined }));
  return (
    <div className={styles.assignment}>
      <ComboBox
        // Another's change (heard live) starts the box again on who has it now.
        key={props.assignee?.staffUserId ?? 'nobody'}
        label={<FormattedMessage id="thread.assignTo" />}
        placeholder={intl.formatMessage({ id: 'thread.nobody' })}
        options={options}
        inputValue={text}
        onInputChange={setText}
        defaultValue={props.assignee?.staffUserId ?? null}
        onSelect={(option) => option && option.id !== shown?.id && give(option.id, option.name)}
        emptyText={<FormattedMessage id="thread.assignNoMatch" />}
        buttonLabel={intl.formatMessage({ id: 'thread.assignMembers' })}
        menuTrigger="input"
        className={styles.assignTo}
      />
      {!mine && iAmMember && (
        <Button size="small" onPress={() => give(props.meId ?? null, members.find((m) => m.staffUserId === props.meId)?.name ?? '')} isDisabled={assigning.loading}>
          <FormattedMessage id="thread.assignToMe" />
        </Button>
      )}
      {shown?.id && (
        <Button size="small" onPress={() => give(null, '')} isDisabled={assigning.loading}>
          <FormattedMessage id="thread.unassign" />
        </Button>
      )}
      <Notice kind="error" id="thread.assignFailed" error={assigning.error} />
    </div>
  );
}
