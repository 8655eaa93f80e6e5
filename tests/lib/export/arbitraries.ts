/**
 * fast-check generators of notes with awkward text: quotes and backslashes, newlines, emoji and ZWJ sequences,
 * right-to-left scripts, combining characters, Markdown and front-matter syntax, HTML, lone surrogates and very
 * long notes — every record valid as the store keeps it (see `make-notes.ts`).
 */
import fc from 'fast-check';
import { COLOUR_NAMES } from '@/lib/db/colours';
import type { ExportData } from '@/lib/db/export-query';
import type { Highlight, PageNote } from '@/lib/db/types';
import { normalizePageUrl } from '@/lib/url/normalize';
import { makeHighlight } from '@/tests/factories';
import { makePageNote, makePageRecord } from './make-notes';

/** Snippets that have broken exporters and importers. */
export const AWKWARD_SNIPPETS = [
  '"',
  "'",
  '\\',
  '\\"',
  '\n',
  '\r\n',
  '\t',
  '  ',
  '\u00a0',
  '\u200b',
  '\u2028',
  '😀',
  '👩‍👩‍👧',
  '🇫🇷',
  '🏳️‍🌈',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202e',
  '\u200f',
  'e\u0301',
  'Å',
  'ﬁ',
  'Z̷̢a̴l̶g̸o',
  '# heading',
  '---',
  '===',
  '> quote',
  '```',
  '~~~',
  '`code`',
  '*',
  '_',
  '[link](x)',
  '[x]: y',
  '%%',
  '$$',
  '==',
  '<script>alert(1)</script>',
  '&amp;',
  '</div>',
  '-',
  ',',
  '&',
  '#:~:text=',
  'urn:uuid:',
  '{"@context":1}',
  'null',
  '\u0000',
];

/** Text mixing ordinary words, awkward snippets and arbitrary characters (now and then a lone surrogate). */
export const awkwardText = (maxParts = 12, minParts = 0): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom('tide', 'pools', 'hold', 'water', 'between', 'tides', 'crabs', ' ') },
        { weight: 3, arbitrary: fc.constantFrom(...AWKWARD_SNIPPETS) },
        { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
      ),
      { minLength: minParts, maxLength: maxParts },
    )
    .map((parts) => parts.join(''));

/** Now and then a very long note (thousands of characters). */
const noteText = fc.oneof(
  { weight: 19, arbitrary: awkwardText() },
  { weight: 1, arbitrary: awkwardText(400, 200).map((t) => t.repeat(10)) },
);

/** Now and then (one note in ten) a deletion, this long after the note was made. */
const deletedAfter = fc.oneof(
  { weight: 9, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.nat({ max: 10 ** 6 }) },
);

/** Times from 1990 (the earliest an import believes) to 2026, in milliseconds. */
const time = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2026, 0, 1) });

/** A version vector of one to three devices, and its latest change (one of its entries), as the store keeps them. */
export const revisionFields = fc
  .uniqueArray(fc.tuple(fc.uuid(), fc.integer({ min: 1, max: 1000 })), {
    minLength: 1,
    maxLength: 3,
    selector: ([device]) => device,
  })
  .chain((entries) => {
    const clock = [...entries].sort(([a], [b]) => (a < b ? -1 : 1)) as [string, number][];
    return fc.constantFrom(...clock).map(([device, counter]) => ({ clock, revision: { device, counter } }));
  });

/** A page URL with a query and fragment, as a tab might show. */
const pageUrl = fc.webUrl({ withQueryParameters: true, withFragments: true });

/** A generated page: its URL, key and title. */
interface PageSpec {
  /** The URL as visited. */
  url: string;
  /** Its key. */
  key: string;
  /** Its title. */
  title: string;
}

const pageSpec: fc.Arbitrary<PageSpec> = fc
  .record({ url: pageUrl, title: awkwardText(6) })
  .map(({ url, title }) => ({ url, key: normalizePageUrl(url).key, title: title.trim() }));

/** One highlight on one of `pageCount` pages. */
const highlightOn = (pages: readonly PageSpec[]) =>
  fc
    .record({
      id: fc.uuid(),
      page: fc.constantFrom(...pages),
      exact: awkwardText().filter((t) => t.trim() !== ''),
      prefix: awkwardText(4),
      suffix: awkwardText(4),
      start: fc.option(fc.nat({ max: 1_000_000 }), { nil: null }),
      colour: fc.constantFrom(...COLOUR_NAMES),
      note: noteText,
      tags: fc.array(awkwardText(3), { maxLength: 4 }),
      created: time,
      age: fc.nat({ max: 10 ** 9 }),
      deleted: deletedAfter,
      revision: revisionFields,
    })
    .map(
      (r): Highlight =>
        makeHighlight({
          ...r.revision,
          id: r.id,
          url: r.page.url,
          pageKey: r.page.key,
          exact: r.exact,
          prefix: r.prefix,
          suffix: r.suffix,
          start: r.start,
          colour: r.colour,
          note: r.note,
          tags: r.tags,
          created: r.created,
          modified: r.created + r.age,
          ...(r.deleted !== null ? { deletedAt: r.created + r.deleted } : {}),
        }),
    );

/** One page note on one of the pages (never empty: the store refuses empty notes). */
const pageNoteOn = (pages: readonly PageSpec[]) =>
  fc
    .record({
      id: fc.uuid(),
      page: fc.constantFrom(...pages),
      text: noteText,
      tags: fc.array(awkwardText(3), { maxLength: 3 }),
      created: time,
      age: fc.nat({ max: 10 ** 9 }),
      deleted: deletedAfter,
      revision: revisionFields,
    })
    .map(
      (r): PageNote => ({
        ...makePageNote({
          id: r.id,
          pageKey: r.page.key,
          text: r.text,
          tags: r.tags,
          created: r.created,
          modified: r.created + r.age,
          ...(r.deleted !== null ? { deletedAt: r.created + r.deleted } : {}),
        }),
        ...r.revision,
      }),
    )
    .filter((n) => n.text.trim() !== '' || n.tags.length > 0);

/** Export data: up to `maxNotes` highlights and page notes (unique ids) over a few pages. */
export const exportData = (maxNotes: number): fc.Arbitrary<ExportData> =>
  fc.uniqueArray(pageSpec, { minLength: 1, maxLength: 6, selector: (p) => p.key }).chain((pages) =>
    fc
      .tuple(
        fc.uniqueArray(highlightOn(pages), { maxLength: maxNotes, selector: (h) => h.id, size: 'max' }),
        fc.uniqueArray(pageNoteOn(pages), { maxLength: Math.ceil(maxNotes / 5), selector: (n) => n.id, size: 'max' }),
      )
      .map(([highlights, allPageNotes]) => {
        // Ids are unique across both kinds, as the store's random UUIDs are.
        const highlightIds = new Set(highlights.map((h) => h.id));
        const pageNotes = allPageNotes.filter((n) => !highlightIds.has(n.id));
        const used = new Set([...highlights, ...pageNotes].map((n) => n.pageKey));
        return {
          pages: pages.filter((p) => used.has(p.key)).map((p) => makePageRecord(p.key, p.title, { urls: [p.url] })),
          highlights,
          pageNotes,
        };
      }),
  );
