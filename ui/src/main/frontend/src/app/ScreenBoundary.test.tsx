import { lazy, Suspense } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScreenBoundary } from './ScreenBoundary';
import { axeViolations, renderWithProviders } from '../test/render';

function Broken(): never {
  throw new Error('Cannot read properties of undefined');
}

// A lazy screen whose file is gone after a redeploy, as Chromium reports it.
const Gone = lazy(() =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://campus.example/app/assets/X.js')),
);

describe('ScreenBoundary', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('shows the screen while nothing fails', () => {
    renderWithProviders(
      <ScreenBoundary>
        <h2>Pools</h2>
      </ScreenBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Pools' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers a reload, from the keyboard, when a screen throws', async () => {
    const reload = vi.fn();
    renderWithProviders(
      <ScreenBoundary onReload={reload}>
        <Broken />
      </ScreenBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This screen could not be shown.');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Reload Campus SMS' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(reload).toHaveBeenCalledTimes(1);
    expect(await axeViolations()).toEqual([]);
  });

  it('says the app was updated when a screen’s file cannot be fetched, in Spanish too', async () => {
    renderWithProviders(
      <ScreenBoundary>
        <Suspense fallback={<p aria-busy="true" />}>
          <Gone />
        </Suspense>
      </ScreenBoundary>,
      { locale: 'es-MX' },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Campus SMS se actualizó mientras esta página estaba abierta.',
    );
    expect(screen.getByRole('button', { name: 'Volver a cargar Campus SMS' })).toBeInTheDocument();
  });
});
