import { useCallback, useState } from 'react';
import { useIntl } from 'react-intl';
import { errorSentence } from '../app/errors';
import { Notice } from './Notice';

export interface Outcome {
  /** What was done, announced politely. */
  done?: string;
  /** Why it was not, as a sentence. */
  error?: string;
}

/**
 * The outcome of a form's saves: `run` clears the previous one, does the action, and tells what was done or, on an
 * error, the API's sentence for it; it answers whether the action succeeded. What the user typed wrong is the
 * form's validation, not an outcome.
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
  const clear = useCallback(() => setOutcome({}), []);
  return { outcome, run, clear };
}

/** The status line (always in the page, so that what appears in it is announced) and the error, if any. */
export function OutcomeView({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <Notice kind="status" tone="success">
        {outcome.done}
      </Notice>
      {outcome.error && <Notice kind="error">{outcome.error}</Notice>}
    </>
  );
}
