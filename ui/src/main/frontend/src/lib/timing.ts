import { useEffect, useRef, useState } from 'react';

/** How long typing must pause before a person's name is looked up. */
export const TYPING_PAUSE_MS = 250;
/** How long typing must pause before staff, or people by part of a name, are searched. */
export const SEARCH_PAUSE_MS = 300;
/** How long typing must pause before the server is asked how a text would go (footer, segments, channel). */
export const PREVIEW_PAUSE_MS = 500;

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

/**
 * Runs an action at once, then at most once a window while calls keep coming, and once more after the window if
 * it was called during it, so the last call is always followed by a run. A burst of live events (a bulk send's
 * replies) then costs each open inbox a read a second, not a read an event.
 */
export function coalesce(action: () => void, windowMs: number): { call: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let calledMeanwhile = false;
  const windowEnds = () => {
    timer = null;
    if (calledMeanwhile) {
      calledMeanwhile = false;
      run();
    }
  };
  const run = () => {
    action();
    timer = setTimeout(windowEnds, windowMs);
  };
  return {
    call: () => {
      if (timer) {
        calledMeanwhile = true;
      } else {
        run();
      }
    },
    cancel: () => {
      if (timer) {
        clearTimeout(timer);
      }
      timer = null;
      calledMeanwhile = false;
    },
  };
}
