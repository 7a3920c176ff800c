import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RadioGroup } from './RadioGroup';
import { axeViolations, renderWithProviders } from '../test/render';

describe('RadioGroup', () => {
  it('moves the choice with the arrow keys and is one tab stop', async () => {
    const user = userEvent.setup();
    const changed = vi.fn();
    renderWithProviders(
      <>
        <RadioGroup
          label="Direction"
          description="Which texts to find."
          value="any"
          onChange={changed}
          orientation="horizontal"
          options={[
            { id: 'any', name: 'Both' },
            { id: 'INBOUND', name: 'Replies' },
          ]}
        />
        <button type="button">After</button>
      </>,
    );
    const group = screen.getByRole('radiogroup', { name: 'Direction' });
    expect(group).toHaveAccessibleDescription('Which texts to find.');
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Both' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(changed).toHaveBeenLastCalledWith('INBOUND');
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    expect(await axeViolations()).toEqual([]);
  });
});
