import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ListBox, ListBoxItem } from 'react-aria-components';
import { graphql } from '../gql';
import type { RecordType } from '../gql/graphql';
import { go, useRoute } from '../app/routes';
import { TYPING_PAUSE_MS, useDebounced } from '../lib/timing';
import { Composer } from '../compose/Composer';
import { Notice } from '../ui/Notice';
import { RadioGroup } from '../ui/RadioGroup';
import { SearchField } from '../ui/SearchField';
import { Select } from '../ui/Select';
import { ContactPanel } from './ContactPanel';
import styles from './people.module.css';

const searchQuery = graphql(`
  query FindPeople($text: String!) {
    searchContacts(text: $text, limit: 20) {
      total
      contacts {
        id
        firstName
        lastName
        kind
        email
        records {
          type
          externalId
        }
        mobiles {
          number
          recordType
        }
      }
    }
  }
`);

const sendersQuery = graphql(`
  query SendFrom {
    pools {
      id
      name
      myAccess
    }
  }
`);

const PERSONAL = 'personal';

/**
 * Starts a conversation: find the person by first or last name (the external id and kind beside each, details on
 * hover and focus, so two people of one name are told apart), choose where it is sent from, and write.
 */
export default function NewConversationScreen() {
  const intl = useIntl();
  // Who to look up may come in the address: from a launcher on another campus page (launcher.js, data-person) or a
  // guardian's or student's name in the contact panel.
  const route = useRoute();
  const asked = route.name === 'new' ? (route.q ?? null) : null;
  const [text, setText] = useState(asked ?? '');
  const [personId, setPersonId] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [recordType, setRecordType] = useState<string>('');
  useEffect(() => {
    if (asked !== null) {
      setText(asked);
      setPersonId(null);
    }
  }, [asked]);
  const settled = useDebounced(text.trim(), TYPING_PAUSE_MS);
  const found = useQuery(searchQuery, { variables: { text: settled }, skip: settled.length < 2 });
  const senders = useQuery(sendersQuery);
  const pools = (senders.data?.pools ?? []).filter((p) => p.myAccess);
  const fromKey = from || pools[0]?.id || PERSONAL;
  const contacts = settled.length < 2 ? [] : (found.data?.searchContacts.contacts ?? []);
  const person = contacts.find((c) => c.id === personId);
  const recordTypes = [...new Set(person?.mobiles.map((m) => m.recordType) ?? [])];

  return (
    <div className={styles.screen}>
      <h1>
        <FormattedMessage id="people.new.title" />
      </h1>
      <SearchField
        label={<FormattedMessage id="people.new.search" />}
        value={text}
        onChange={setText}
        autoFocus
      />
      <Notice kind="status" className={styles.hint}>
        {settled.length < 2 ? (
          <FormattedMessage id="people.new.hint" />
        ) : found.data ? (
          <FormattedMessage id="people.new.count" values={{ count: Number(found.data.searchContacts.total) }} />
        ) : null}
      </Notice>
      <Notice kind="error" error={found.error} />
      {contacts.length > 0 && (
        <ListBox
          aria-label={intl.formatMessage({ id: 'people.new.results' })}
          className={styles.results}
          items={contacts}
          selectionMode="single"
          selectedKeys={personId ? [personId] : []}
          onSelectionChange={(keys) => {
            const [key] = keys === 'all' ? [] : [...keys];
            setPersonId(key === undefined ? null : String(key));
            setRecordType('');
          }}
        >
          {(c) => {
            const name = `${c.firstName} ${c.lastName}`;
            return (
              <ListBoxItem id={c.id} textValue={name} className={styles.result}>
                <span className={styles.resultName}>{name}</span>
                {' · '}
                <FormattedMessage id={`contact.kind.${c.kind}`} />
                {' · '}
                {c.records.length > 0 ? (
                  c.records.map((r, i) => (
                    <span key={`${r.type}-${r.externalId}`}>
                      {i > 0 && ', '}
                      <FormattedMessage id={`people.record.${r.type}`} values={{ id: r.externalId }} />
                    </span>
                  ))
                ) : (
                  <FormattedMessage id="people.new.noRecords" />
                )}
                <span className={styles.details}>
                  {[c.email, ...c.mobiles.map((m) => m.number)].filter(Boolean).join(' · ')}
                </span>
              </ListBoxItem>
            );
          }}
        </ListBox>
      )}
      {person && (
        <>
          <ContactPanel personId={person.id} headingLevel={2} />
          <Select
            label={intl.formatMessage({ id: 'people.new.from' })}
            value={fromKey}
            onChange={setFrom}
            options={[
              ...pools.map((p) => ({ id: p.id, name: p.name })),
              { id: PERSONAL, name: intl.formatMessage({ id: 'people.new.personal' }) },
            ]}
          />
          {recordTypes.length > 1 && (
            <RadioGroup
              label={<FormattedMessage id="people.new.recordType" />}
              value={recordType}
              onChange={setRecordType}
              options={[
                { id: '', name: <FormattedMessage id="people.new.anyMobile" /> },
                ...recordTypes.map((t) => ({
                  id: t as string,
                  name: (
                    <FormattedMessage
                      id="people.new.mobile"
                      values={{ recordType: intl.formatMessage({ id: `people.recordType.${t}` }) }}
                    />
                  ),
                })),
              ]}
            />
          )}
          <Composer
            key={`${person.id}-${fromKey}-${recordType}`}
            personId={person.id}
            poolId={fromKey === PERSONAL ? null : fromKey}
            recordType={(recordType || null) as RecordType | null}
            draftKey={`person-${person.id}`}
            onSent={(sent) => go({ name: 'conversation', id: sent.conversationId })}
          />
        </>
      )}
    </div>
  );
}
