import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../test/render';
import { DateFilter, activityDates } from './DateFilter';

function renderFilter() {
  const onChange = vi.fn();
  renderWithProviders(<DateFilter days={{}} onChange={onChange} />);
  return onChange;
}

describe('DateFilter', () => {
  it('asks for the whole of both days, in the user’s time zone', async () => {
    const onChange = renderFilter();
    await userEvent.click(screen.getByText('Filter by date of last activity'));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-02' } });
    fireEvent.change(screen.getByLabelText('Until (included)'), { target: { value: '2026-11-03' } });
    await userEvent.click(screen.getByRole('button', { name: 'Apply dates' }));
    expect(onChange).toHaveBeenCalledWith({ from: '2026-11-02', until: '2026-11-03' });
    expect(activityDates(onChange.mock.calls[0][0])).toEqual({
      since: new Date(2026, 10, 2).toISOString().replace('.000Z', 'Z'),
      until: new Date(2026, 10, 4).toISOString().replace('.000Z', 'Z'),
    });
  });

  it('refuses a range that ends before it starts, and asks nothing', async () => {
    const onChange = renderFilter();
    await userEvent.click(screen.getByText('Filter by date of last activity'));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-05' } });
    fireEvent.change(screen.getByLabelText('Until (included)'), { target: { value: '2026-11-03' } });
    await userEvent.click(screen.getByRole('button', { name: 'Apply dates' }));
    const until = screen.getByLabelText('Until (included)');
    expect(until).toHaveAttribute('aria-invalid', 'true');
    expect(until).toHaveAccessibleDescription('The until date is before the from date.');
    expect(until).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();
  });
});
