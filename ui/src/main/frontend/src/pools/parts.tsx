import { useCallback, useState } from 'react';
import { useIntl } from 'react-intl';
import {
  Button,
  Dialog,
  Heading,
  Modal,
  ModalOverlay,
} from 'react-aria-components';
import { errorSentence } from '../app/errors';
import styles from './PoolsScreen.module.css';

export interface Outcome {
  /** What was done, announced politely. */
  done?: string;
  /** Why it was not, as a sentence. */
  error?: string;
}

/**
 * The outcome of a form's saves: `run` clears the previous one, does the action, and tells what was done or, on an
 * error, the API's sentence for it; it answers whether the action succeeded.
 */
export function useOutcome() {
  const intl = useIntl();
  const [outcome, setOutcome] = useState<Outcome>({});
  const run = useCallback(
    async (action: () => Promise<unknown>, done: string | (() => string)): Promise<boolean> => {
      setOutcome({});
      try {
        await action();
        setOutcome({ done: typeof done === 'string' ? done : done() });
        return true;
      } catch (error) {
        setOutcome({ error: errorSentence(error, intl) });
        return false;
      }
    },
    [intl],
  );
  const fail = useCallback((error: string) => setOutcome({ error }), []);
  return { outcome, run, fail };
}

/** The status line (always in the page, so that what appears in it is announced) and the error, if any. */
export function OutcomeView({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <p role="status" className={styles.done}>
        {outcome.done}
      </p>
      {outcome.error && (
        <p role="alert" className={styles.error}>
          {outcome.error}
        </p>
      )}
    </>
  );
}

/** Asks before something that cannot be undone; Escape or Cancel keeps things as they are. */
export function Confirm(props: {
  isOpen: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  return (
    <ModalOverlay
      isOpen={props.isOpen}
      onOpenChange={(open) => {
        if (!open) {
          props.onCancel();
        }
      }}
      isDismissable
      className={styles.overlay}
    >
      <Modal className={styles.modal}>
        <Dialog role="alertdialog" className={styles.dialog}>
          <Heading slot="title" className={styles.dialogTitle}>
            {props.title}
          </Heading>
          <p>{props.text}</p>
          <div className={styles.actions}>
            <Button className={styles.danger} onPress={props.onConfirm}>
              {props.confirmLabel}
            </Button>
            <Button className={styles.secondary} onPress={props.onCancel} autoFocus>
              {intl.formatMessage({ id: 'pools.cancel' })}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** A NumberField's format for whole numbers: no decimals, no grouping. */
export const WHOLE = { maximumFractionDigits: 0, useGrouping: false } as const;

/** A whole number typed in a NumberField (NaN when empty), or null. */
export function wholeOrNull(value: number): number | null {
  return Number.isFinite(value) ? Math.round(value) : null;
}

/** The API's error as a sentence, for query errors shown in place of what could not be loaded. */
export function useErrorSentence() {
  const intl = useIntl();
  return (error: unknown) => errorSentence(error, intl);
}
