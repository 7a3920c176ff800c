import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextField as AriaTextField, Input } from 'react-aria-components';
import { Button } from './Button';
import { classes, FieldFrame, Form } from './FormParts';
import { axeViolations, renderWithProviders } from '../test/render';

/** A bare React Aria field dressed only by the frame, so what is checked is the frame's own work. */
function FramedField(props: { isRequired?: boolean; validate?: (value: string) => string | null; error?: string }) {
  return (
    <AriaTextField name="code" isRequired={props.isRequired} validate={props.validate}>
      <FieldFrame parts={{ label: 'Code', description: 'Six digits from the letter.', errorMessage: props.error }}>
        <Input />
      </FieldFrame>
    </AriaTextField>
  );
}

describe('Form parts', () => {
  it('label, describe and, once submitted, say what is wrong with the first field and focus it', async () => {
    const user = userEvent.setup();
    const submitted = vi.fn();
    renderWithProviders(
      <Form onSubmit={(event) => { event.preventDefault(); submitted(); }}>
        <FramedField validate={(value) => (/^\d{6}$/.test(value) ? null : 'Type the six digits.')} />
        <Button type="submit" variant="primary">Check</Button>
      </Form>,
    );
    const field = screen.getByRole('textbox', { name: 'Code' });
    expect(field).toHaveAccessibleDescription('Six digits from the letter.');
    expect(screen.queryByText('Type the six digits.')).not.toBeInTheDocument();

    await user.type(field, '12');
    await user.keyboard('{Enter}');
    expect(submitted).not.toHaveBeenCalled();
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Six digits from the letter. Type the six digits.');
    expect(await axeViolations()).toEqual([]);

    await user.type(field, '3456');
    await user.keyboard('{Enter}');
    expect(submitted).toHaveBeenCalledTimes(1);
    // Native validation commits a fixed value when the field is left, as the browser's own would.
    await user.tab();
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(field).toHaveAccessibleDescription('Six digits from the letter.');
  });

  it('say the screen’s own sentence for a missing value instead of the browser’s', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <Form>
        <FramedField isRequired error="Type the code from the letter." />
        <Button type="submit">Check</Button>
      </Form>,
    );
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('textbox', { name: 'Code' })).toHaveAccessibleDescription(
      'Six digits from the letter. Type the code from the letter.',
    );
  });

  it('keep the screen’s layout class beside the kit’s own', () => {
    expect(classes('own')).toBe('own');
    expect(classes('own', 'layout')).toBe('own layout');
  });
});
