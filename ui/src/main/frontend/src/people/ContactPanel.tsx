import { useQuery } from '@apollo/client/react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { contactPanelQuery, type Contact } from '../api/contact';
import { FRESH } from '../app/apollo';
import { RouteLink } from '../app/RouteLink';
import { Notice } from '../ui/Notice';
import { ConsentForm } from './ConsentForm';
import styles from './people.module.css';
import type { MessageId } from '../i18n/messages';


/**
 * Who the person is: their records with external ids, each mobile with where its consent stands (a dot and words,
 * never colour alone), the consent history, their conversations across the pools the viewer may see, and, for
 * admins, a consent form to record.
 */
export function ContactPanel({ personId, headingLevel = 3 }: { personId: string; headingLevel?: 2 | 3 }) {
  const intl = useIntl();
  const panel = useQuery(contactPanelQuery, { variables: { personId }, context: FRESH });
  const Heading = `h${headingLevel}` as const;
  if (panel.error) {
    return <Notice kind="error" error={panel.error} />;
  }
  const data = panel.data;
  if (!data) {
    return <p aria-busy="true" className={styles.panel} />;
  }
  const contact = data.contact;
  return (
    <section className={styles.panel} aria-labelledby={`contact-${personId}`}>
      <Heading id={`contact-${personId}`} className={styles.panelHeading}>
        <FormattedMessage
          id="people.about"
          values={{ name: `${contact.firstName} ${contact.lastName}`, kind: intl.formatMessage({ id: `contact.kind.${contact.kind}` }) }}
        />
      </Heading>
      <p className={styles.records}>
        {contact.records.map((r) => (
          <span key={`${r.type}-${r.externalId}`}>
            <FormattedMessage id={`people.record.${r.type}`} values={{ id: r.externalId }} />
          </span>
        ))}
        {contact.email && <span>{contact.email}</span>}
      </p>
      <Family label="people.guardians" people={contact.guardians} />
      <Family label="people.guardianOf" people={contact.guardianOf} />
      <ul className={styles.mobiles} aria-label={intl.formatMessage({ id: 'people.mobiles' })}>
        {contact.mobiles.map((m) => (
          <li key={`${m.recordType}-${m.number}`}>
            <ConsentDot mobile={m} />
          </li>
        ))}
        {contact.mobiles.length === 0 && (
          <li>
            <FormattedMessage id="people.noMobile" />
          </li>
        )}
      </ul>
      <details className={styles.more}>
        <summary>
          <FormattedMessage id="people.consentHistory" values={{ count: data.consentHistory.length }} />
        </summary>
        <ol className={styles.history}>
          {data.consentHistory.map((e) => (
            <li key={e.id}>
              <FormattedDate value={e.occurredAt} dateStyle="medium" timeStyle="short" />
              {': '}
              <FormattedMessage
                id={e.action === 'OPT_OUT' ? 'people.historyOut' : 'people.historyIn'}
                values={{
                  phone: e.phone,
                  scope: intl.formatMessage({ id: `consent.scope.${e.scope}` }),
                  source: intl.formatMessage({ id: `consent.source.${e.source}` }),
                }}
              />
              {e.detail ? ` (${e.detail})` : ''}
            </li>
          ))}
        </ol>
      </details>
      <details className={styles.more}>
        <summary>
          <FormattedMessage id="people.conversations" values={{ count: data.inbox.rows.length }} />
        </summary>
        <ul className={styles.history}>
          {data.inbox.rows.map((row) => (
            <li key={row.id}>
              <RouteLink to={{ name: 'conversation', id: row.id }}>
                {row.personal ? intl.formatMessage({ id: 'inbox.personal' }) : row.poolName}
              </RouteLink>
              {': '}
              {row.lastMessage}
            </li>
          ))}
        </ul>
      </details>
      <ConsentForm contact={contact} pools={data.pools} onRecorded={() => void panel.refetch()} />
    </section>
  );
}

/** Guardians of a student, or a guardian's students: each a link that looks the person up to text them. */
function Family({ label, people }: { label: MessageId; people: { id: string; firstName: string; lastName: string }[] }) {
  if (people.length === 0) {
    return null;
  }
  return (
    <p className={styles.records}>
      <FormattedMessage id={label} />{' '}
      {people.map((p, i) => {
        const name = `${p.firstName} ${p.lastName}`;
        return (
          <span key={p.id}>
            {i > 0 && ', '}
            <RouteLink to={{ name: 'new', q: name }}>
              {name}
            </RouteLink>
          </span>
        );
      })}
    </p>
  );
}

function ConsentDot({ mobile }: { mobile: Contact['mobiles'][number] }) {
  const intl = useIntl();
  const out = mobile.consent.optedOut;
  const latest = mobile.consent.optOuts[mobile.consent.optOuts.length - 1];
  return (
    <>
      <span className={out ? styles.dotOut : styles.dotIn} aria-hidden="true">
        ●
      </span>{' '}
      <span className={styles.number}>{mobile.number}</span>{' '}
      <span>({intl.formatMessage({ id: `people.recordType.${mobile.recordType}` })})</span>{' '}
      <strong className={out ? styles.consentOut : undefined}>
        {out && latest ? (
          <FormattedMessage
            id="people.optedOutSince"
            values={{
              when: <FormattedDate value={latest.occurredAt} dateStyle="medium" />,
              source: intl.formatMessage({ id: `consent.source.${latest.source}` }),
              scope: intl.formatMessage({ id: `consent.scope.${latest.scope}` }),
            }}
          />
        ) : out ? (
          <FormattedMessage id="people.optedOut" />
        ) : (
          <FormattedMessage id="people.canText" />
        )}
      </strong>
    </>
  );
}
