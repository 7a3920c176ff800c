import { KNOWN } from './errors';
import { catalogFor } from '../i18n/messages';

describe('error codes', () => {
  it('reads the committed list beside the schema', () => {
    expect(KNOWN).toContain('FORBIDDEN');
    expect(KNOWN).toContain('QUERY_TOO_DEEP');
    expect(KNOWN.every((code) => /^[A-Z_]+$/.test(code))).toBe(true);
  });

  it.each(['en', 'es'])('has a sentence for every listed code in %s', (language) => {
    const { messages } = catalogFor(language);
    const missing = KNOWN.filter((code) => !(messages as Record<string, string>)[`error.${code}`]);
    expect(missing).toEqual([]);
  });
});
