import { coalesce } from './coalesce';

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
