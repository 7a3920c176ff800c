import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SearchField } from './SearchField';
import { axeViolations, renderWithProviders } from '../test/render';

describe('SearchField', () => {
  it('is a labelled search box that Escape clears', async () => {
    const user = userEvent.setup();
    const changed = vi.fn();
    renderWithProviders(<SearchField label="Name" onChange={changed} />);
    const box = screen.getByRole('searchbox', { name: 'Name' });
    await user.tab();
    expect(box).toHaveFocus();
    await user.keyboard('Ana');
    expect(box).toHaveValue('Ana');
    expect(await axeViolations()).toEqual([]);
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(changed).toHaveBeenLastCalledWith('');
  });
});
