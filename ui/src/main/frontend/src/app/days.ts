/**
 * The start of a calendar day (yyyy-mm-dd, as a date input gives it) in the user's time zone, some days later, as
 * an ISO-8601 instant: "until the 3rd" is asked as "before the start of the 4th", so the whole day counts.
 */
export function startOfLocalDay(day: string, daysLater = 0): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + daysLater).toISOString().replace('.000Z', 'Z');
}
