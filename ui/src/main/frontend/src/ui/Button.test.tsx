import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button } from './Button';
import { axeViolations, renderWithProviders } from '../test/render';

describe('Button', () => {
  it('is pressed with Enter and Space, shows its variant, and keeps the screen class for layout', async () => {
    const user = userEvent.setup();
    const pressed = vi.fn();
    renderWithProviders(
      <Button variant="primary" className="layout" onPress={pressed}>
        Save
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toHaveAttribute('data-variant', 'primary');
    expect(button.className).toContain('layout');
    await user.tab();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('data-focus-visible');
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(pressed).toHaveBeenCalledTimes(2);
    expect(await axeViolations()).toEqual([]);
  });

  it('is secondary unless told, and does nothing while disabled', async () => {
    const user = userEvent.setup();
    const pressed = vi.fn();
    renderWithProviders(
      <Button isDisabled onPress={pressed}>
        Later
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Later' });
    expect(button).toHaveAttribute('data-variant', 'secondary');
    await user.click(button);
    expect(pressed).not.toHaveBeenCalled();
  });

  it('takes the header’s look and a small size without losing its keyboard', async () => {
    const user = userEvent.setup();
    const pressed = vi.fn();
    renderWithProviders(
      <header style={{ background: 'var(--color-brand)' }}>
        <Button variant="onBrand" size="small" onPress={pressed}>
          Sign out
        </Button>
      </header>,
    );
    const button = screen.getByRole('button', { name: 'Sign out' });
    expect(button).toHaveAttribute('data-variant', 'onBrand');
    expect(button).toHaveAttribute('data-size', 'small');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(pressed).toHaveBeenCalledTimes(1);
    expect(await axeViolations()).toEqual([]);
  });
});
