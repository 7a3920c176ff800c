import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { Button } from '../ui/Button';
import styles from './ReportsScreen.module.css';

/** Rows a page. */
export const PAGE = 50;

/** Previous and Next, shown once there is a count and something to page through. */
export function Pager(props: { total?: number; offset: number; loading: boolean; onPage: (offset: number) => void }) {
  const intl = useIntl();
  const { total, offset, loading } = props;
  // Paging to the first or last page disables the button pressed: focus goes to the other one, not to the page.
  const previousDisabled = offset === 0;
  const nextDisabled = total === undefined || offset + PAGE >= total;
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const pressed = useRef<'previous' | 'next' | null>(null);
  useEffect(() => {
    if (pressed.current === 'next' && nextDisabled) {
      previous.current?.focus();
    } else if (pressed.current === 'previous' && previousDisabled) {
      next.current?.focus();
    }
    pressed.current = null;
  }, [previousDisabled, nextDisabled]);
  // Hidden here rather than left out by the caller, so what was pressed outlives a moment without a count.
  if (total === undefined || !(total > 0 || offset > 0)) {
    return null;
  }
  return (
    <nav aria-label={intl.formatMessage({ id: 'reports.pages' })} className={styles.pager}>
      <Button
        ref={previous}
        variant="secondary"
        isDisabled={previousDisabled}
        onPress={() => {
          if (!loading) {
            pressed.current = 'previous';
            props.onPage(Math.max(0, offset - PAGE));
          }
        }}
      >
        {intl.formatMessage({ id: 'reports.previous' })}
      </Button>
      <Button
        ref={next}
        variant="secondary"
        isDisabled={nextDisabled}
        onPress={() => {
          if (!loading) {
            pressed.current = 'next';
            props.onPage(offset + PAGE);
          }
        }}
      >
        {intl.formatMessage({ id: 'reports.next' })}
      </Button>
    </nav>
  );
}
