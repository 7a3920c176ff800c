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
