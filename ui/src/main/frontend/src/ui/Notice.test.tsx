import { screen } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Notice } from './Notice';
import { axeViolations, renderWithProviders } from '../test/render';

const forbidden = new CombinedGraphQLErrors({
  errors: [{ message: 'Only pool admins may.', extensions: { code: 'FORBIDDEN' } }],
});

describe('Notice', () => {
  it('puts the API sentence for an error into the message as its reason, as an alert', async () => {
    renderWithProviders(<Notice kind="error" id="pools.failed" error={forbidden} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The pools could not be loaded: You may not see or change this. Only pool admins may.',
    );
    expect(await axeViolations()).toEqual([]);
  });

  it('shows the sentence alone without a message id, and a network failure as such', () => {
    renderWithProviders(<Notice kind="error" error={new Error('Failed to fetch')} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The server could not be reached; check the connection and try again.',
    );
  });

  it('renders nothing while there is no error', () => {
    const { container } = renderWithProviders(<Notice kind="error" id="pools.failed" error={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows a message without an error, and children, with the id a field can point at', () => {
    renderWithProviders(
      <>
        <Notice kind="error" id="bulk.pool.none" domId="why" />
        <Notice kind="error">Words of the caller</Notice>
      </>,
    );
    const [none, words] = screen.getAllByRole('alert');
    expect(none).toHaveTextContent('You are not a member of any pool, so you cannot send a bulk text.');
    expect(none).toHaveAttribute('id', 'why');
    expect(words).toHaveTextContent('Words of the caller');
  });

  it('keeps the status line in the page while it is empty, so that what appears is announced', async () => {
    const { rerender } = renderWithProviders(<Notice kind="status" tone="success" />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    rerender(<Notice kind="status" tone="success">Saved.</Notice>);
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
    expect(screen.getByRole('status')).toHaveAttribute('data-tone', 'success');
    expect(await axeViolations()).toEqual([]);
  });

  it('shows a note without a live role', () => {
    renderWithProviders(<Notice kind="note" as="span">Read me</Notice>);
    expect(screen.getByText('Read me').tagName).toBe('SPAN');
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
