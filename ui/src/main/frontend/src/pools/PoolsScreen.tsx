import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { createPoolMutation, poolsListQuery } from './operations';
import { PoolDetails } from './PoolDetails';
import { Button } from '../ui/Button';
import { Form } from '../ui/FormParts';
import { Notice } from '../ui/Notice';
import { OutcomeView, useOutcome } from '../ui/Outcome';
import { TextField } from '../ui/TextField';
import styles from './PoolsScreen.module.css';

/**
 * The pools the user may see, and the chosen one's members, numbers and settings: editable by its admins (and
 * institution admins, who may also add numbers and create pools), read-only for its other members.
 */
export default function PoolsScreen() {
  const list = useQuery(poolsListQuery);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const pools = list.data?.pools ?? [];
  const institutionAdmin = list.data?.me.roles.includes('admin') ?? false;
  // With a single pool there is nothing to choose.
  const chosen = pools.find((p) => p.id === chosenId) ?? (pools.length === 1 ? pools[0] : undefined);
  return (
    <div className={styles.screen}>
      <h1 className={styles.title}>
        <FormattedMessage id="pools.title" />
      </h1>
      <div className={styles.layout}>
        <div className={styles.side} aria-busy={list.loading}>
          {list.loading && !list.data && (
            <p>
              <FormattedMessage id="pools.loading" />
            </p>
          )}
          <Notice kind="error" id="pools.failed" error={list.error} />
          {list.data && (
            <section aria-labelledby="pools-choose" className={styles.picker}>
              <h2 id="pools-choose" className={styles.pickerHeading}>
                <FormattedMessage id="pools.choose" />
              </h2>
              {pools.length === 0 ? (
                <p>
                  <FormattedMessage id="pools.none" />
                </p>
              ) : (
                <>
                  <p className={styles.hint}>
                    <FormattedMessage id="pools.intro" />
                  </p>
                  <ul className={styles.poolList}>
                    {pools.map((pool) => (
                      <li key={pool.id}>
                        <button
                          type="button"
                          className={styles.poolButton}
                          aria-current={pool.id === chosen?.id ? 'true' : undefined}
                          onClick={() => setChosenId(pool.id)}
                        >
                          <span className={styles.poolName}>{pool.name}</span>
                          {pool.myAccess && (
                            <span className={styles.poolAccess}>
                              <FormattedMessage id={`pools.access.${pool.myAccess}`} />
                            </span>
                          )}
                        </button>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          )}
          {institutionAdmin && (
            <CreatePool
              onCreated={(id) => {
                setChosenId(id);
                void list.refetch();
              }}
            />
          )}
        </div>
        {chosen && <PoolDetails key={chosen.id} poolId={chosen.id} institutionAdmin={institutionAdmin} />}
      </div>
    </div>
  );
}

/** Institution admins: a new pool by its name; it is chosen once created. */
function CreatePool({ onCreated }: { onCreated: (id: string) => void }) {
  const intl = useIntl();
  const [name, setName] = useState('');
  const [create, { loading }] = useMutation(createPoolMutation);
  const { outcome, run } = useOutcome();
  return (
    <section aria-labelledby="pools-create" className={styles.createSection}>
      <h2 id="pools-create" className={styles.pickerHeading}>
        <FormattedMessage id="pools.create" />
      </h2>
      <Form
        className={styles.inlineForm}
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          let createdId = '';
          void run(
            async () => {
              const result = await create({ variables: { name: trimmed } });
              createdId = result.data?.createPool.id ?? '';
            },
            intl.formatMessage({ id: 'pools.create.done' }, { name: trimmed }),
          ).then((ok) => {
            if (ok) {
              setName('');
              if (createdId) {
                onCreated(createdId);
              }
            }
          });
        }}
      >
        <TextField
          label={<FormattedMessage id="pools.create.name" />}
          value={name}
          onChange={setName}
          validate={(value) => (value.trim() ? null : intl.formatMessage({ id: 'pools.create.needName' }))}
          className={styles.field}
        />
        <Button type="submit" variant="primary" isPending={loading}>
          <FormattedMessage id="pools.create.button" />
        </Button>
      </Form>
      <OutcomeView outcome={outcome} />
    </section>
  );
}
