import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button } from './Button';
import { Form } from './FormParts';
import { TextField } from './TextField';
import { axeViolations, renderWithProviders } from '../test/render';

describe('TextField', () => {
  it('is labelled and described, and says what is wrong on submit, focusing the field', async () => {
    const user = userEvent.setup();
    const submitted = vi.fn();
    renderWithProviders(
      <Form onSubmit={(event) => { event.preventDefault(); submitted(); }}>
        <TextField label="Name" description="As on the card." name="name"
          validate={(value) => (value.trim() ? null : 'Type a name.')} />
        <Button type="submit" variant="primary">Save</Button>
      </Form>,
    );
    const field = screen.getByRole('textbox', { name: 'Name' });
    expect(field).toHaveAccessibleDescription('As on the card.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(submitted).not.toHaveBeenCalled();
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Type a name.'));
    expect(await axeViolations()).toEqual([]);
    await user.keyboard('Robin');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(submitted).toHaveBeenCalled();
  });

  it('shows a refusal from the server on the field it names', async () => {
    renderWithProviders(
      <Form validationErrors={{ phone: 'That is not a phone number.' }}>
        <TextField label="Phone" name="phone" />
      </Form>,
    );
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveAccessibleDescription('That is not a phone number.');
  });
});
