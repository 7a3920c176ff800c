import { useState, type RefObject } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
// A tag's remove slot is a bare round ✕ inside the tag, not one of the kit's buttons.
// eslint-disable-next-line no-restricted-imports
import { Button, Label, Tag, TagGroup, TagList } from 'react-aria-components';
import { errorSentence } from '../app/errors';
import { TYPING_PAUSE_MS, useDebounced } from '../lib/timing';
import { ComboBox } from '../ui/ComboBox';
import { bulkContactsQuery } from './operations';
import type { Person } from './ComposeForm';
import styles from './BulkSendScreen.module.css';

/** Who the person is, to tell two of one name apart: kind and external ids ("Student, Student 100234"). */
export function personDetails(person: Person, intl: IntlShape): string {
  const ids = person.records.map((record) =>
    intl.formatMessage(
      { id: 'bulk.record.id' },
      { type: intl.formatMessage({ id: `record.${record.type}` }), id: record.externalId },
    ),
  );
  return [intl.formatMessage({ id: `contact.kind.${person.kind}` }), ...ids].join(' · ');
}

export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}

/** Finds people by name and adds them to the picked ones, shown below as tags that can be removed. */
export function PersonPicker(props: {
  picked: Person[];
  onPick: (person: Person) => void;
  onRemove: (ids: string[]) => void;
  /** What is wrong with the picked list (nobody yet), or null. */
  invalid?: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const intl = useIntl();
  const [text, setText] = useState('');
  const [lastAdded, setLastAdded] = useState<string | null>(null);
  const settled = useDebounced(text.trim(), TYPING_PAUSE_MS);
  const found = useQuery(bulkContactsQuery, { skip: !settled, variables: { text: settled, limit: 20 } });
  // Nothing to choose from while the field is empty: clearing it after a pick must not open the list again.
  const results = settled && text.trim() ? (found.data ?? found.previousData)?.searchContacts.contacts ?? [] : [];
  const items = results.filter((person) => !props.picked.some((p) => p.id === person.id));
  const waiting = Boolean(text.trim()) && (settled !== text.trim() || found.loading);

  return (
    <div className={styles.picker}>
      <ComboBox
        label={<FormattedMessage id="bulk.pick.label" />}
        description={<FormattedMessage id="bulk.pick.help" />}
        options={items.map((person) => ({
          id: person.id,
          name: fullName(person),
          detail: personDetails(person, intl),
        }))}
        inputValue={text}
        onInputChange={setText}
        value={null}
        onSelect={(option) => {
          const person = items.find((p) => p.id === option?.id);
          if (person) {
            props.onPick(person);
            setLastAdded(fullName(person));
            setText('');
          }
        }}
        menuTrigger="input"
        allowsEmptyCollection={Boolean(text.trim())}
        isInvalid={Boolean(props.invalid)}
        errorMessage={props.invalid}
        inputRef={props.inputRef}
        emptyText={
          found.error ? (
            errorSentence(found.error, intl)
          ) : (
            <FormattedMessage
              id={waiting ? 'bulk.pick.searching' : settled ? 'bulk.pick.none' : 'bulk.pick.typeMore'}
            />
          )
        }
      />

      <TagGroup
        className={styles.tagGroup}
        onRemove={(keys) => {
          setLastAdded(null);
          props.onRemove([...keys].map(String));
        }}
      >
        <Label className={styles.label}>
          <FormattedMessage id="bulk.pick.picked" />
        </Label>
        <TagList
          className={styles.tagList}
          items={props.picked}
          renderEmptyState={() => (
            <span className={styles.note}>
              <FormattedMessage id="bulk.pick.pickedCount" values={{ count: 0 }} />
            </span>
          )}
        >
          {(person: Person) => (
            <Tag id={person.id} textValue={fullName(person)} className={styles.tag}>
              <span>
                {fullName(person)} <span className={styles.tagDetails}>({personDetails(person, intl)})</span>
              </span>
              <Button slot="remove" className={styles.tagRemove}>
                <span aria-hidden="true">✕</span>
              </Button>
            </Tag>
          )}
        </TagList>
      </TagGroup>
      <p className="visually-hidden" aria-live="polite">
        {lastAdded && (
          <>
            <FormattedMessage id="bulk.pick.added" values={{ name: lastAdded }} />{' '}
          </>
        )}
        {props.picked.length > 0 && (
          <FormattedMessage id="bulk.pick.pickedCount" values={{ count: props.picked.length }} />
        )}
      </p>
    </div>
  );
}
