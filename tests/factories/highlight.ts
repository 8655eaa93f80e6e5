/**
 * The one test factory for {@link Highlight}: a record as the store keeps it (quote from the selector, normalised
 * tags, word index, page key and site from the URL), so a test states only what it is about.
 */
import { displayQuote } from '@/lib/db/notes';
import type { Highlight } from '@/lib/db/types';
import { indexWords, normalizeTags } from '@/lib/db/words';
import { normalizePageUrl, siteOf } from '@/lib/url/normalize';

/** The tide-pools article every highlight is on unless a test says otherwise. */
export const ARTICLE_URL = 'https://www.example.com/articles/tide-pools?utm_source=newsletter';

/** 1 May 2024, 09:00 UTC: the default creation time. */
export const MAY_FIRST = Date.UTC(2024, 4, 1, 9, 0, 0);

/** What a test sets: any stored field, or the parts of the selectors the record is derived from. */
export interface HighlightOverrides extends Partial<Highlight> {
  /** The highlighted text as the page has it (default: `quote` when given, else a sentence about tide pools). */
  exact?: string;
  /** Context before. */
  prefix?: string;
  /** Context after. */
  suffix?: string;
  /** Start offset in the page's text; null for no position selector. */
  start?: number | null;
}

/** A highlight record as the store keeps it; any field can be overridden. */
export function makeHighlight(overrides: HighlightOverrides = {}): Highlight {
  const { exact: givenExact, prefix, suffix, start: givenStart, ...fields } = overrides;
  const url = fields.url ?? ARTICLE_URL;
  const pageKey = fields.pageKey ?? normalizePageUrl(url).key;
  const exact = givenExact ?? fields.quote ?? 'Tide pools hold their water between tides.';
  const start = givenStart === undefined ? 120 : givenStart;
  const quote = displayQuote(exact);
  const note = fields.note ?? '';
  const tags = normalizeTags(fields.tags ?? []);
  const created = fields.created ?? MAY_FIRST;
  return {
    id: crypto.randomUUID(),
    colour: 'key',
    ...fields,
    pageKey,
    site: fields.site ?? siteOf(pageKey),
    url,
    quote: fields.quote ?? quote,
    selectors: fields.selectors ?? [
      { type: 'TextQuoteSelector', exact, prefix: prefix ?? 'the shore. ', suffix: suffix ?? ' Crabs hide' },
      ...(start === null ? [] : [{ type: 'TextPositionSelector' as const, start, end: start + exact.length }]),
    ],
    note,
    tags,
    words: fields.words ?? indexWords(quote, note, tags.join(' ')),
    created,
    modified: fields.modified ?? created,
  };
}
