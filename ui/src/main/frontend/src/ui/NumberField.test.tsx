import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NumberField, wholeOrNull } from './NumberField';
import { axeViolations, renderWithProviders } from '../test/render';

describe('NumberField', () => {
  it('steps with the arrow keys within its bounds, in whole numbers', async () => {
    const user = userEvent.setup();
    const changed = vi.fn();
    renderWithProviders(<NumberField label="Texts a second" defaultValue={1} minValue={1} maxValue={2} onChange={changed} />);
    const field = screen.getByRole('textbox', { name: 'Texts a second' });
    await user.tab();
    expect(field).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(field).toHaveValue('2');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(field).toHaveValue('1');
    expect(await axeViolations()).toEqual([]);
  });

  it('reads an empty field as no number', () => {
    expect(wholeOrNull(Number.NaN)).toBeNull();
    expect(wholeOrNull(2.6)).toBe(3);
  });
});
