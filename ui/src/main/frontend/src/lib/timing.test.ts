import { act, renderHook } from '@testing-library/react';
import { coalesce, useDebounced, useThrottled } from './timing';

describe('coalesce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first call at once and a burst once more after the window', () => {
    const runs: number[] = [];
    const reads = coalesce(() => runs.push(Date.now()), 1000);

    reads.call();
    expect(runs).toHaveLength(1);
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(40);
      reads.call();
    }
    expect(runs).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(runs).toHaveLength(2);
    vi.advanceTimersByTime(5000);
    expect(runs).toHaveLength(2);
  });

  it('runs each call at once when they are a window apart, and nothing after cancel', () => {
    let runs = 0;
    const reads = coalesce(() => runs++, 1000);
    reads.call();
    vi.advanceTimersByTime(1000);
    reads.call();
    expect(runs).toBe(2);
    reads.call();
    reads.cancel();
    vi.advanceTimersByTime(5000);
    expect(runs).toBe(2);
  });
});

describe('useDebounced', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the value once it has stayed the same for the pause', () => {
    const { result, rerender } = renderHook(({ text }) => useDebounced(text, 300), { initialProps: { text: 'a' } });
    rerender({ text: 'ad' });
    act(() => vi.advanceTimersByTime(200));
    rerender({ text: 'ada' });
    act(() => vi.advanceTimersByTime(200));
    expect(result.current).toBe('a');
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe('ada');
  });
});

describe('useThrottled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the latest value at most once a window, and at once when told', () => {
    const { result, rerender } = renderHook(({ value, now }) => useThrottled(value, 10000, now), {
      initialProps: { value: 1, now: false },
    });
    act(() => vi.advanceTimersByTime(0));
    rerender({ value: 2, now: false });
    act(() => vi.advanceTimersByTime(5000));
    expect(result.current).toBe(1);
    rerender({ value: 3, now: false });
    act(() => vi.advanceTimersByTime(5000));
    expect(result.current).toBe(3);
    rerender({ value: 4, now: true });
    expect(result.current).toBe(4);
  });
});
