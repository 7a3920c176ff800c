import { FormattedDate } from 'react-intl';

/** An instant in a report's row, as the user's date and time, machine-readable too. */
export function Time({ value }: { value: string }) {
  return (
    <time dateTime={value}>
      <FormattedDate value={value} dateStyle="medium" timeStyle="short" />
    </time>
  );
}
