import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { IntlProvider } from 'react-intl';
import axe from 'axe-core';
import { catalogFor } from '../i18n/messages';

/**
 * A screen or part as the app renders it: under the catalog of a language (English unless told) and an Apollo
 * client answering from the given mocks, each with its `__typename`s as the server would send them.
 */
export function renderWithProviders(
  ui: ReactElement,
  { mocks = [], locale = 'en-US' }: { mocks?: ReadonlyArray<MockLink.MockedResponse>; locale?: string } = {},
) {
  const catalog = catalogFor(locale);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <IntlProvider locale={catalog.locale} messages={catalog.messages}>
      <MockedProvider mocks={mocks}>{children}</MockedProvider>
    </IntlProvider>
  );
  return render(ui, { wrapper });
}

/**
 * What axe finds wrong in the page as it stands: contrast aside (jsdom lays nothing out), landmarks aside (the
 * shell's main holds each screen), and React Aria's announcer aside (it outlives each test's page).
 */
export async function axeViolations(): Promise<string[]> {
  const results = await axe.run(
    { include: [['body']], exclude: [['[data-live-announcer]']] },
    { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } },
  );
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
