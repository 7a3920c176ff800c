import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Button } from '../ui/Button';

/**
 * A screen that failed to load or to render: a screen's JavaScript may be gone after a redeploy (the open tab asks
 * for the old file name), or a render may throw. Instead of a blank app, an alert offers to reload. The shell and
 * its navigation stay, so another screen can still be opened.
 */
export class ScreenBoundary extends Component<
  { children?: ReactNode; onReload?: () => void },
  { error: unknown }
> {
  state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A screen failed', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (error === null) {
      return this.props.children;
    }
    const reload = this.props.onReload ?? (() => window.location.reload());
    return (
      <div role="alert">
        <p>
          <FormattedMessage id={isChunkLoadError(error) ? 'app.newVersion' : 'app.screenFailed'} />
        </p>
        <Button variant="primary" onPress={reload}>
          <FormattedMessage id="app.reload" />
        </Button>
      </div>
    );
  }
}

/** A lazy screen's file could not be fetched: the browsers' words for a failed dynamic import. */
function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(
    message,
  );
}
