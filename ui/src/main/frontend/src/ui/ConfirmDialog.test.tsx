import { useState } from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button } from './Button';
import { ConfirmDialog } from './ConfirmDialog';
import { axeViolations, renderWithProviders } from '../test/render';

function Remove(props: { onConfirm: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onPress={() => setOpen(true)}>Remove</Button>
      <ConfirmDialog
        isOpen={open}
        title="Remove Robin?"
        text="Robin will no longer see this pool."
        confirmLabel="Remove Robin"
        cancelLabel="Cancel"
        onConfirm={() => {
          setOpen(false);
          props.onConfirm();
        }}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}

describe('ConfirmDialog', () => {
  it('asks with Cancel focused; Escape keeps things as they are and gives focus back', async () => {
    const user = userEvent.setup();
    const confirmed = vi.fn();
    renderWithProviders(<Remove onConfirm={confirmed} />);
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Robin?' });
    expect(dialog).toHaveTextContent('Robin will no longer see this pool.');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(await axeViolations()).toEqual([]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove' })).toHaveFocus());
    expect(confirmed).not.toHaveBeenCalled();
  });

  it('does the thing when confirmed', async () => {
    const user = userEvent.setup();
    const confirmed = vi.fn();
    renderWithProviders(<Remove onConfirm={confirmed} />);
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await user.click(await screen.findByRole('button', { name: 'Remove Robin' }));
    expect(confirmed).toHaveBeenCalled();
  });
});
