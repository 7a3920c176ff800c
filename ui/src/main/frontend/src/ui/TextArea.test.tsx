import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextArea } from './TextArea';
import { axeViolations, renderWithProviders } from '../test/render';

describe('TextArea', () => {
  it('takes several lines from the keyboard and is labelled', async () => {
    const user = userEvent.setup();
    const changed = vi.fn();
    renderWithProviders(<TextArea label="Message" rows={4} onChange={changed} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    expect(box.tagName).toBe('TEXTAREA');
    await user.tab();
    expect(box).toHaveFocus();
    await user.keyboard('one{Enter}two');
    expect(changed).toHaveBeenLastCalledWith('one\ntwo');
    expect(await axeViolations()).toEqual([]);
  });
});
