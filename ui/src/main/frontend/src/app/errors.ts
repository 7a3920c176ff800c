import type { IntlShape } from 'react-intl';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The API's error codes (extensions.code), each explained to the user as a sentence. */
const KNOWN = ['FORBIDDEN', 'NOT_FOUND', 'INVALID_PHONE', 'INVALID_INPUT', 'CONFLICT', 'OPTED_OUT',
  'QUERY_TOO_LARGE', 'UNAUTHENTICATED'] as const;

/**
 * An error from the API as a plain sentence: what it means for the user, then the server's own words (which name
 * the field or the rule). A network failure says so, and that nothing was lost.
 */
export function errorSentence(error: unknown, intl: IntlShape): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = String(first?.extensions?.code ?? '');
    const meaning = (KNOWN as readonly string[]).includes(code)
      ? intl.formatMessage({ id: `error.${code}` })
      : intl.formatMessage({ id: 'error.OTHER' });
    return first?.message ? `${meaning} ${first.message}` : meaning;
  }
  return intl.formatMessage({ id: 'error.NETWORK' });
}
