import { useEffect, useRef, useState } from 'react';

/** The value once it has stayed the same for `ms`: what typing settles on, without asking the server per key. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The value at most once every `ms` (the latest one when the time comes), or at once when `now` is true: what a
 * live region says, so a screen reader is not talked over by every change.
 */
export function useThrottled<T>(value: T, ms: number, now: boolean): T {
  const [shown, setShown] = useState(value);
  const lastShown = useRef(0);
  useEffect(() => {
    if (now) {
      return;
    }
    const wait = Math.max(0, lastShown.current + ms - Date.now());
    const timer = window.setTimeout(() => {
      lastShown.current = Date.now();
      setShown(value);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [value, ms, now]);
  return now ? value : shown;
}
