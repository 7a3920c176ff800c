import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// Waiting for what the user would see may take longer than 1 s when the machine is busy.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no IntersectionObserver; React Aria's "load more" sentinel asks for one. Nothing is ever in sight.
class NoIntersections {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
globalThis.IntersectionObserver ??= NoIntersections as unknown as typeof IntersectionObserver;
