import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import type { ConsentChoice, ConsentScopeKind, ContactPanelQuery } from '../gql/graphql';
import { MeQuery } from '../api/me';
import { Button } from '../ui/Button';
import { Form } from '../ui/FormParts';
import { Notice } from '../ui/Notice';
import { Select } from '../ui/Select';
import { TextField } from '../ui/TextField';
import type { Contact } from '../api/contact';
import styles from './people.module.css';

const recordConsentMutation = graphql(`
  mutation RecordConsentForm($input: ConsentInput!) {
    recordConsent(input: $input) {
      id
    }
  }
`);

/** A paper or web form's consent, for admins: the server decides what each may record and says why not. */
export function ConsentForm(props: {
  contact: Contact;
  pools: ContactPanelQuery['pools'];
  onRecorded: () => void;
}) {
  const intl = useIntl();
  const me = useQuery(MeQuery).data?.me;
  const adminPools = props.pools.filter((p) => p.myAccess === 'ADMIN');
  const institutionAdmin = me?.roles.includes('admin') ?? false;
  const [phone, setPhone] = useState(props.contact.mobiles[0]?.number ?? '');
  const [choice, setChoice] = useState<ConsentChoice>('OPT_IN');
  const [scope, setScope] = useState<ConsentScopeKind>(institutionAdmin ? 'ALL' : 'POOL');
  const [poolId, setPoolId] = useState(adminPools[0]?.id ?? '');
  const [reference, setReference] = useState('');
  const [record, { loading, error, data }] = useMutation(recordConsentMutation);
  if (!institutionAdmin && adminPools.length === 0) {
    return null;
  }
  if (props.contact.mobiles.length === 0) {
    return null;
  }
  const pools = institutionAdmin ? props.pools : adminPools;
  return (
    <details className={styles.more}>
      <summary>
        <FormattedMessage id="people.consentForm" />
      </summary>
      <Form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void record({
            variables: {
              input: {
                personId: props.contact.id,
                phone,
                choice,
                scope,
                poolId: scope === 'POOL' ? poolId : null,
                formReference: reference || null,
              },
            },
          })
            .then(props.onRecorded)
            .catch(() => undefined);
        }}
      >
        <Select
          label={intl.formatMessage({ id: 'people.form.number' })}
          value={phone}
          onChange={setPhone}
          options={props.contact.mobiles.map((m) => ({ id: m.number, name: m.number }))}
        />
        <Select
          label={intl.formatMessage({ id: 'people.form.choice' })}
          value={choice}
          onChange={(v) => setChoice(v as ConsentChoice)}
          options={[
            { id: 'OPT_IN', name: intl.formatMessage({ id: 'people.form.optIn' }) },
            { id: 'OPT_OUT', name: intl.formatMessage({ id: 'people.form.optOut' }) },
          ]}
        />
        <Select
          label={intl.formatMessage({ id: 'people.form.scope' })}
          value={scope}
          onChange={(v) => setScope(v as ConsentScopeKind)}
          options={(['ALL', 'POOL', 'PERSONAL_NUMBER'] as const).map((s) => ({
            id: s,
            name: intl.formatMessage({ id: `consent.scope.${s}` }),
          }))}
        />
        {scope === 'POOL' && (
          <Select
            label={intl.formatMessage({ id: 'people.form.pool' })}
            value={poolId}
            onChange={setPoolId}
            options={pools.map((p) => ({ id: p.id, name: p.name }))}
          />
        )}
        <TextField
          label={<FormattedMessage id="people.form.reference" />}
          value={reference}
          onChange={setReference}
        />
        <Notice kind="error" error={error} />
        <Notice kind="status">{data && !loading && <FormattedMessage id="people.form.recorded" />}</Notice>
        <Button type="submit" variant="primary" isDisabled={loading} className={styles.button}>
          <FormattedMessage id="people.form.record" />
        </Button>
      </Form>
    </details>
  );
}
