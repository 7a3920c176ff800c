import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { addCatalog } from '../i18n/messages';
import { catalog as bulk } from '../bulk/messages';
import { catalog as pools } from '../pools/messages';
import { catalog as reports } from '../reports/messages';
import { catalog as search } from '../search/messages';

// A test renders any screen directly, so every screen's strings are there from the start (the app loads them with
// each screen: app/screenStrings.tsx).
[bulk, pools, reports, search].forEach(addCatalog);

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
