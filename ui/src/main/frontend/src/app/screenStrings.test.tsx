import { lazy, Suspense } from 'react';
import { screen } from '@testing-library/react';
import { FormattedMessage } from 'react-intl';
import { defineCatalog } from '../i18n/catalog';
import type { MessageId } from '../i18n/messages';
import { renderWithProviders } from '../test/render';
import { withStrings } from './screenStrings';

// A screen's own catalog, loaded with it; the id is cast as the real screens' ids are typed in i18n/messages.ts.
const catalog = defineCatalog({
  en: { 'demo.greeting': 'Hello from a lazy screen' },
  es: { 'demo.greeting': 'Hola desde una pantalla diferida' },
});

function Demo() {
  return (
    <p>
      <FormattedMessage id={'demo.greeting' as MessageId} /> · <FormattedMessage id="shell.title" />
    </p>
  );
}

describe('withStrings', () => {
  it.each([
    ['en-US', 'Hello from a lazy screen · Campus SMS'],
    ['es-MX', 'Hola desde una pantalla diferida · Campus SMS'],
  ])('adds a lazy screen’s strings to the app’s in %s', async (locale, text) => {
    const Screen = lazy(withStrings(async () => ({ default: Demo }), async () => ({ catalog })));
    renderWithProviders(
      <Suspense fallback={<p aria-busy="true" />}>
        <Screen />
      </Suspense>,
      { locale },
    );
    expect(await screen.findByText(text)).toBeInTheDocument();
  });
});
