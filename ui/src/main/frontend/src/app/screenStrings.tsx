import type { ComponentType } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import type { Catalog } from '../i18n/catalog';
import type { Locale, Messages } from '../i18n/messages';

/**
 * A lazily loaded screen together with its strings: the screen's catalog is fetched with its code and added to the
 * app's strings below it, so the first screen does not carry every screen's words in both languages.
 */
export function withStrings(
  load: () => Promise<{ default: ComponentType }>,
  strings: () => Promise<{ catalog: Catalog }>,
): () => Promise<{ default: ComponentType }> {
  return async () => {
    const [{ default: Screen }, { catalog }] = await Promise.all([load(), strings()]);
    function ScreenWithStrings() {
      const intl = useIntl();
      const messages = { ...intl.messages, ...catalog[intl.locale as Locale] } as Messages;
      return (
        <IntlProvider locale={intl.locale} defaultLocale={intl.defaultLocale} messages={messages}>
          <Screen />
        </IntlProvider>
      );
    }
    return { default: ScreenWithStrings };
  };
}
