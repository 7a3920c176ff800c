import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import axe from 'axe-core';
import { catalogFor } from '../i18n/messages';

/** The kit's components under the English catalog (they need no API). */
export function renderInIntl(ui: ReactElement) {
  const { locale, messages } = catalogFor('en-US');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <IntlProvider locale={locale} messages={messages}>
      {children}
    </IntlProvider>
  );
  return render(ui, { wrapper });
}

/** What axe finds wrong in the page (contrast aside, as jsdom lays nothing out; a component has no landmark). */
export async function kitAxeViolations(): Promise<string[]> {
  const results = await axe.run({ include: [['body']], exclude: [['[data-live-announcer]']] }, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
