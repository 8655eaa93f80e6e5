/** Factories for store tests: a fresh database per test, pages and selectors. */
import type { RangeSelectors } from '@/lib/anchoring/types';
import type { PageInput } from '@/lib/db/pages';
import { createCruxDb, type CruxDb } from '@/lib/db/schema';

/** A new, empty database with a name no other test uses (fake-indexeddb keeps databases per process). */
export function makeDb(): CruxDb {
  return createCruxDb(`crux-test-${crypto.randomUUID()}`);
}

/** A page as the wiring would pass it. */
export function makePage(overrides: Partial<PageInput> = {}): PageInput {
  return {
    url: 'https://www.example.com/articles/tide-pools?utm_source=newsletter',
    title: 'How tide pools keep their secrets',
    ...overrides,
  };
}

/** Selectors for a quote at a position, with invented context. */
export function makeSelectors(exact: string, start = 100): RangeSelectors {
  return [
    { type: 'TextQuoteSelector', exact, prefix: 'before the quote ', suffix: ' after the quote' },
    { type: 'TextPositionSelector', start, end: start + exact.length },
  ];
}
