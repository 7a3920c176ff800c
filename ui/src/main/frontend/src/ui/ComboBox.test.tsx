import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ComboBox, type ComboOption } from './ComboBox';
import { axeViolations, renderWithProviders } from '../test/render';

const staff: ComboOption[] = [
  { id: '1', name: 'Robin Lee', detail: 'robin@example.edu' },
  { id: '2', name: 'Rosa Diaz' },
];

function Finder(props: { onSelect: (option: ComboOption | null) => void }) {
  const [text, setText] = useState('');
  const found = text ? staff.filter((s) => s.name.toLowerCase().includes(text.toLowerCase())) : [];
  return (
    <ComboBox
      label="Add a member"
      description="Type a name or an email."
      options={found}
      inputValue={text}
      onInputChange={setText}
      onSelect={props.onSelect}
      emptyText="No one matches."
      buttonLabel="Show the list"
    />
  );
}

describe('ComboBox', () => {
  it('lists what the search found with its details and picks one with the keyboard', async () => {
    const user = userEvent.setup();
    const selected = vi.fn();
    renderWithProviders(<Finder onSelect={selected} />);
    const box = screen.getByRole('combobox', { name: 'Add a member' });
    expect(box).toHaveAccessibleDescription('Type a name or an email.');
    await user.tab();
    expect(box).toHaveFocus();
    await user.keyboard('rob');
    const option = await screen.findByRole('option', { name: /Robin Lee/ });
    expect(option).toHaveTextContent('robin@example.edu');
    expect(await axeViolations()).toEqual([]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(selected).toHaveBeenLastCalledWith(staff[0]);
  });

  it('says why the list is empty', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Finder onSelect={() => {}} />);
    expect(screen.getByRole('button', { name: /Show the list/ })).toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: 'Add a member' }), 'zz');
    expect(await screen.findByText('No one matches.')).toBeInTheDocument();
  });
});
