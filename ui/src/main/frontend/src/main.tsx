import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { IntlProvider, createIntl } from 'react-intl';
import { App } from './app/App';
import { loadSettings } from './app/settings';
import { catalogFor } from './i18n/messages';
import './index.css';

const { locale, messages } = catalogFor(navigator.language);
document.documentElement.lang = locale;
const root = createRoot(document.getElementById('root')!);

function render(content: React.ReactNode) {
  root.render(
    <StrictMode>
      <IntlProvider locale={locale} messages={messages} defaultLocale="en">
        {content}
      </IntlProvider>
    </StrictMode>,
  );
}

loadSettings().then(
  (settings) => render(<App settings={settings} />),
  (error: Error) =>
    render(
      <main>
        <p role="alert">
          {createIntl({ locale, messages }).formatMessage({ id: 'app.settingsFailed' }, { reason: error.message })}
        </p>
      </main>,
    ),
);
