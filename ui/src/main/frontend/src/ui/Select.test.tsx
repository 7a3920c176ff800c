import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Select } from './Select';
import { axeViolations, renderWithProviders } from '../test/render';

const options = [
  { id: 'a', name: 'Advising' },
  { id: 'f', name: 'Financial aid' },
];

describe('Select', () => {
  it('opens with the keyboard and reports a new choice only', async () => {
    const user = userEvent.setup();
    const changed = vi.fn();
    renderWithProviders(<Select label="Pool" value="a" options={options} onChange={changed} />);
    const button = screen.getByRole('button', { name: /Pool/ });
    expect(button).toHaveTextContent('Advising');
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(changed).toHaveBeenCalledWith('f');
  });

  it('reports nothing when the option already chosen is chosen again', async () => {
    const user = userEvent.setup();
    const changed = vi.fn();
    renderWithProviders(<Select label="Pool" value="a" options={options} onChange={changed} />);
    await user.click(screen.getByRole('button', { name: /Pool/ }));
    await user.click(await screen.findByRole('option', { name: 'Advising' }));
    expect(changed).not.toHaveBeenCalled();
  });

  it('is named by ariaLabel where there is no label on screen', () => {
    renderWithProviders(<Select ariaLabel="Access of Robin" value="a" options={options} onChange={() => {}} />);
    expect(screen.getByRole('button', { name: /Access of Robin/ })).toBeInTheDocument();
  });
});
