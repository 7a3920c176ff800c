import type { IntlShape } from 'react-intl';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { MessageId } from '../i18n/messages';
import codesFile from '../../../../../../graphql-schema/error-codes.txt?raw';

/**
 * The API's error codes (extensions.code), read from the committed list beside the schema. errors.test.ts checks
 * that each has its sentence, error.<CODE>, in both languages.
 */
export const KNOWN: readonly string[] = codesFile
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

/**
 * An error from the API as a plain sentence: what it means for the user, then the server's own words (which name
 * the field or the rule). A network failure says so, and that nothing was lost.
 */
export function errorSentence(error: unknown, intl: IntlShape): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = String(first?.extensions?.code ?? '');
    const meaning = KNOWN.includes(code)
      ? intl.formatMessage({ id: `error.${code}` as MessageId })
      : intl.formatMessage({ id: 'error.OTHER' });
    return first?.message ? `${meaning} ${first.message}` : meaning;
  }
  return intl.formatMessage({ id: 'error.NETWORK' });
}
