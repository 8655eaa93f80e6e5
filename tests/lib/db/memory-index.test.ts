/**
 * The in-memory search index finds exactly what the store's search finds (property-style, on generated libraries),
 * and stays right as notes change (applied changes, and the live index following a real store).
 */
import fc from 'fast-check';
import { RangeSet } from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ColourName } from '@/lib/db/colours';
import { changedKeys, createLiveNoteIndex } from '@/lib/db/live-index';
import { applyChanges, buildNoteIndex, searchIndex, type NoteIndex } from '@/lib/db/memory-index';
import { deleteHighlight, saveHighlight, updateHighlight } from '@/lib/db/notes';
import type { CruxDb } from '@/lib/db/schema';
import { searchNotes, type NoteKind, type SearchFilters } from '@/lib/db/search';
import type { Highlight, PageNote, PageRecord } from '@/lib/db/types';
import { indexWords } from '@/lib/db/words';
import { makeDb, makePage, makeSelectors } from './helpers';
import { storeErrorSentence } from '@/lib/strings';
import { storeRecords } from '@/tests/factories';

/** Words notes are made of: inflections that share a stem, diacritics, short words, and invented words. */
const VOCABULARY = [
  'negotiation',
  'negotiations',
  'negotiating',
  'argument',
  'arguments',
  'river',
  'rivers',
  'Café',
  'cafe',
  'tide',
  'tides',
  'salinity',
  'dam',
  'dams',
  'country',
  'countries',
  'policy',
  'policies',
  'evidence',
  'snail',
  'water',
  'a',
  'an',
  'the',
  'ravento',
  'ravel',
  'solkedra',
  'minor',
  'portage',
  'stamon',
  'gubertri',
  'chinor',
  'wexal',
  'alpha',
];
const TAGS = ['method', 'todo', 'open-data', 'policy'];
const COLOURS: ColourName[] = ['key', 'evidence', 'question', 'disagree'];
const SITES = ['rivers.example', 'sea.example', 'news.example'];
const T0 = Date.UTC(2024, 0, 1);
const MINUTE = 60_000;

/** A seeded generator (Park–Miller), so a failing library can be made again. */
function makeRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

/** A generated library: pages, highlights and page notes, some deleted, some on pages with no record. */
interface Library {
  pages: PageRecord[];
  highlights: Highlight[];
  pageNotes: PageNote[];
}

/** Makes a library of `count` notes with distinct `modified` times (so "newest first" has one answer). */
function makeLibrary(seed: number, count: number): Library {
  const random = makeRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const text = (n: number): string => Array.from({ length: n }, () => pick(VOCABULARY)).join(' ');
  const pages = Array.from({ length: 12 }, (_, p): PageRecord => {
    const title = text(3);
    const key = `https://${SITES[p % SITES.length]}/story-${p}`;
    return {
      key,
      site: SITES[p % SITES.length]!,
      title,
      urls: [key],
      firstSeen: T0,
      lastSeen: T0,
      words: indexWords(title),
    };
  });
  // Two page keys without a page record: their notes' hits have no page.
  const pageKeys = [...pages.map((p) => p.key), 'https://lost.example/a', 'https://lost.example/b'];
  const modified = Array.from({ length: count }, (_, i) => i).sort(() => random() - 0.5);
  const highlights: Highlight[] = [];
  const pageNotes: PageNote[] = [];
  for (let i = 0; i < count; i++) {
    const pageKey = pick(pageKeys);
    const site = pageKey.split('/')[2]!;
    const tags = random() < 0.3 ? [pick(TAGS)] : [];
    const created = T0 + Math.floor(random() * 50) * MINUTE; // coarse, so date filters often fall on a note's time
    const deleted = random() < 0.1;
    const times = {
      created,
      modified: T0 + (2000 + modified[i]!) * MINUTE,
      ...(deleted ? { deletedAt: T0 + 5000 * MINUTE } : {}),
    };
    if (random() < 0.2) {
      const note = text(4);
      pageNotes.push({
        id: `n${i}`,
        pageKey,
        site,
        text: note,
        tags,
        words: indexWords(note, tags.join(' ')),
        ...times,
      });
    } else {
      const quote = text(6);
      const note = random() < 0.3 ? text(3) : '';
      highlights.push({
        id: `h${i}`,
        pageKey,
        site,
        url: pageKey,
        quote,
        selectors: [],
        colour: pick(COLOURS),
        note,
        tags,
        words: indexWords(quote, note, tags.join(' ')),
        ...times,
      });
    }
  }
  return { pages, highlights, pageNotes };
}

/** A database holding a library. */
async function storeLibrary(library: Library): Promise<CruxDb> {
  const db = makeDb();
  await storeRecords(db, library);
  return db;
}

/** Queries as a reader types them: one letter, prefixes, whole words (with a space), two words, title words, tags. */
const queryArbitrary = fc.oneof(
  fc.constantFrom(...'acdnprstw'.split('')),
  fc.constantFrom(...VOCABULARY).chain((word) => fc.integer({ min: 1, max: word.length }).map((n) => word.slice(0, n))),
  fc.constantFrom(...VOCABULARY).map((word) => `${word} `),
  fc
    .tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...VOCABULARY), fc.integer({ min: 1, max: 5 }))
    .map(([a, b, n]) => `${a} ${b.slice(0, n)}`),
  fc.constantFrom(
    'negotiation ',
    'negotiations ',
    'NEGOTIATING',
    'argument ',
    'cafe ',
    'café',
    'countries ',
    'todo',
    '#method ',
    'open-data ',
    'zzz',
    '',
    ' ',
  ),
);

/** Filters in every combination the store's search takes. */
const filtersArbitrary: fc.Arbitrary<SearchFilters> = fc.record(
  {
    site: fc.constantFrom(...SITES, 'lost.example', 'nowhere.example'),
    colour: fc.constantFrom(...COLOURS),
    tag: fc.constantFrom(...TAGS, '#Todo', 'Open Data', 'unknown'),
    from: fc.integer({ min: 0, max: 50 }).map((m) => T0 + m * MINUTE),
    to: fc.integer({ min: 0, max: 50 }).map((m) => T0 + m * MINUTE),
    kinds: fc.constantFrom<NoteKind[][]>(['highlight'], ['pageNote'], ['highlight', 'pageNote'], []),
    limit: fc.constantFrom(1, 5, 50, 1000),
  },
  { requiredKeys: [] },
);

/** What a search found: hit ids in order, each hit's page key (or null), and the count. */
function summary(result: { hits: { note: { id: string }; page: PageRecord | null }[]; total: number; exact: boolean }) {
  return {
    ids: result.hits.map((h) => h.note.id),
    pages: result.hits.map((h) => h.page?.key ?? null),
    total: result.total,
    exact: result.exact,
  };
}

/** Checks that the index finds what the store finds for a query: same hits in order; same total when it is exact. */
async function expectSameAsStore(db: CruxDb, index: NoteIndex, query: string, filters: SearchFilters): Promise<void> {
  const stored = await searchNotes(db, query, filters);
  if (!stored.ok) throw new Error(storeErrorSentence(stored.error));
  const expected = summary(stored.value);
  const actual = summary(searchIndex(index, query, filters));
  expect({ query, filters, ids: actual.ids, pages: actual.pages }).toEqual({
    query,
    filters,
    ids: expected.ids,
    pages: expected.pages,
  });
  expect(actual.exact).toBe(true);
  // A broad store search stops counting early (`exact: false`, total a lower bound); the index always counts all.
  if (expected.exact)
    expect({ query, filters, total: actual.total }).toEqual({ query, filters, total: expected.total });
  else expect(actual.total).toBeGreaterThanOrEqual(expected.total);
}

describe('searchIndex finds what searchNotes finds', () => {
  const libraries = [11, 2024].map((seed) => makeLibrary(seed, 400));
  const stored: CruxDb[] = [];
  beforeAll(async () => {
    for (const library of libraries) stored.push(await storeLibrary(library));
  });

  it('for generated queries and filters on generated libraries', { timeout: 120_000 }, async () => {
    for (const [n, library] of libraries.entries()) {
      const index = buildNoteIndex(library.highlights, library.pageNotes, library.pages);
      await fc.assert(
        fc.asyncProperty(queryArbitrary, fc.option(filtersArbitrary, { nil: undefined }), async (query, filters) => {
          await expectSameAsStore(stored[n]!, index, query, filters ?? {});
        }),
        { numRuns: 150, seed: 7 + n },
      );
    }
  });

  it('for the named cases: a letter, stems both ways, a page-title word, a tag word, each filter alone', async () => {
    const library = libraries[0]!;
    const index = buildNoteIndex(library.highlights, library.pageNotes, library.pages);
    const titleWord = library.pages[3]!.title.split(' ')[1]!;
    const cases: [string, SearchFilters][] = [
      ['n', {}],
      ['negotiation ', {}],
      ['negotiations ', {}],
      ['negotiat', {}],
      [`${titleWord} `, {}],
      [titleWord.slice(0, 2), {}],
      ['method', {}],
      ['', { site: 'sea.example' }],
      ['', { colour: 'question' }],
      ['', { tag: '#TODO' }],
      ['', { from: T0 + 10 * MINUTE, to: T0 + 20 * MINUTE }],
      ['', { kinds: ['pageNote'] }],
      ['r', { kinds: ['highlight'], limit: 3 }],
      ['river the', { site: 'rivers.example', colour: 'key' }],
    ];
    for (const [query, filters] of cases) await expectSameAsStore(stored[0]!, index, query, filters);
  });

  it('leaves deleted notes out, lists the rest newest first and counts them all', () => {
    const library = libraries[1]!;
    const index = buildNoteIndex(library.highlights, library.pageNotes, library.pages);
    const live = [...library.highlights, ...library.pageNotes]
      .filter((n) => n.deletedAt === undefined)
      .sort((a, b) => b.modified - a.modified);
    const result = searchIndex(index, '', { limit: 1000 });
    expect(result.hits.map((h) => h.note.id)).toEqual(live.map((n) => n.id));
    expect([result.total, result.exact]).toEqual([live.length, true]);
    expect(searchIndex(index, '', { limit: 5 }).total).toBe(live.length);
  });
});

describe('applyChanges', () => {
  const page: PageRecord = {
    key: 'https://rivers.example/danube',
    site: 'rivers.example',
    title: 'The long river',
    urls: [],
    firstSeen: T0,
    lastSeen: T0,
    words: indexWords('The long river'),
  };
  const highlight = (id: string, quote: string, modified: number, extra: Partial<Highlight> = {}): Highlight => ({
    id,
    pageKey: page.key,
    site: page.site,
    url: page.key,
    quote,
    selectors: [],
    colour: 'key',
    note: '',
    tags: [],
    words: indexWords(quote),
    created: T0,
    modified: T0 + modified,
    ...extra,
  });
  const base = buildNoteIndex(
    [highlight('dams', 'Arguments about dams continue', 1), highlight('danube', 'The Danube crosses ten countries', 2)],
    [],
    [page],
  );
  const ids = (index: NoteIndex, query: string): string[] => searchIndex(index, query).hits.map((h) => h.note.id);

  it('finds an edited note by its new words, not its old ones, and puts it first', () => {
    const index = applyChanges(base, { highlights: [highlight('dams', 'Salinity of the reservoir', 3)] });
    expect(ids(index, 'salinity ')).toEqual(['dams']);
    expect(ids(index, 'argument ')).toEqual([]);
    expect(ids(index, '')).toEqual(['dams', 'danube']);
    expect(ids(base, 'argument ')).toEqual(['dams']);
  });

  it('drops a deleted or purged note, and brings a restored one back', () => {
    const deleted = applyChanges(base, {
      highlights: [highlight('danube', 'The Danube crosses ten countries', 3, { deletedAt: T0 + 3 })],
    });
    expect(ids(deleted, 'danube ')).toEqual([]);
    expect(searchIndex(deleted, '').total).toBe(1);
    const restored = applyChanges(deleted, {
      highlights: [highlight('danube', 'The Danube crosses ten countries', 4)],
    });
    expect(ids(restored, 'danube ')).toEqual(['danube']);
    expect(ids(applyChanges(base, { removedHighlights: ['dams'] }), '')).toEqual(['danube']);
  });

  it('adds a new note and a page note, and follows a page title change', () => {
    const note: PageNote = {
      id: 'todo',
      pageKey: page.key,
      site: page.site,
      text: 'Read the follow-up',
      tags: ['todo'],
      words: indexWords('Read the follow-up', 'todo'),
      created: T0,
      modified: T0 + 5,
    };
    const added = applyChanges(base, {
      highlights: [highlight('snails', 'Countless snails retreat', 4)],
      pageNotes: [note],
    });
    expect(ids(added, 'coun')).toEqual(['snails', 'danube']);
    expect(ids(added, 'todo')).toEqual(['todo']);
    expect(ids(added, 'long riv')).toEqual(['todo', 'snails', 'danube', 'dams']);
    const renamed = applyChanges(added, {
      pages: [{ ...page, title: 'Dams of Europe', words: indexWords('Dams of Europe') }],
    });
    expect(ids(renamed, 'long ')).toEqual([]);
    expect(ids(renamed, 'europe ')).toEqual(['todo', 'snails', 'danube', 'dams']);
  });

  it('gives the same answers as an index built afresh from the changed records', () => {
    const library = makeLibrary(5, 200);
    const [first, second, ...rest] = library.highlights;
    const changed = { ...first!, words: indexWords('negotiation river'), modified: T0 + 9e6 };
    const removed = second!.id;
    const updated = applyChanges(buildNoteIndex(library.highlights, library.pageNotes, library.pages), {
      highlights: [changed],
      removedHighlights: [removed],
    });
    const fresh = buildNoteIndex([changed, ...rest], library.pageNotes, library.pages);
    for (const query of ['n', 'negotiation ', 'river', 'the ', 'ca', '']) {
      expect(searchIndex(updated, query, { limit: 1000 })).toEqual(searchIndex(fresh, query, { limit: 1000 }));
    }
  });
});

describe('the live index', () => {
  it('reads the keys a Dexie change names, or the whole table for a range', () => {
    const parts = {
      'idb://crux/highlights/': new RangeSet().addKeys(['a', 'b']),
      'idb://crux/pages/': new RangeSet('', '\uffff'),
      'idb://other/pageNotes/': new RangeSet().addKey('x'),
    };
    expect(changedKeys('crux', parts)).toEqual({ highlights: ['a', 'b'], pages: 'all' });
    // Received from another context the tree is a plain object, without RangeSet's methods.
    expect(changedKeys('crux', JSON.parse(JSON.stringify(parts)))).toEqual({ highlights: ['a', 'b'], pages: 'all' });
  });

  it('follows saves, edits and deletes in the store once started', { timeout: 20_000 }, async () => {
    const db = makeDb();
    const river = makePage({ url: 'https://rivers.example/danube', title: 'The long river' });
    await saveHighlight(
      db,
      { page: river, selectors: makeSelectors('The Danube crosses ten countries'), colour: 'key' },
      { id: 'danube', now: T0 },
    );
    const live = createLiveNoteIndex(db);
    let changes = 0;
    live.subscribe(() => changes++);
    const settled = async (): Promise<void> => {
      const seen = changes;
      await expect.poll(() => changes > seen, { timeout: 5000 }).toBe(true);
    };
    expect(live.current()).toBeNull();
    live.start();
    await expect.poll(() => live.current() !== null, { timeout: 5000 }).toBe(true);
    const ids = (query: string): string[] => searchIndex(live.current()!, query).hits.map((h) => h.note.id);
    expect(ids('danube ')).toEqual(['danube']);

    let wait = settled();
    await saveHighlight(
      db,
      { page: river, selectors: makeSelectors('Arguments about dams continue'), colour: 'disagree' },
      { id: 'dams', now: T0 + 1 },
    );
    await wait;
    expect(ids('long')).toEqual(['dams', 'danube']);

    wait = settled();
    await updateHighlight(db, 'dams', { note: 'negotiations stalled' }, T0 + 2);
    await wait;
    expect(ids('negotiation ')).toEqual(['dams']);

    wait = settled();
    await deleteHighlight(db, 'danube', T0 + 3);
    await wait;
    expect(ids('')).toEqual(['dams']);

    // A bulk write (Dexie marks the whole table) reloads everything.
    wait = settled();
    await db.highlights.bulkPut(
      Array.from({ length: 60 }, (_, i) => ({
        ...(live.current()!.notes[0]!.record as Highlight),
        id: `bulk${i}`,
        modified: T0 + 10 + i,
      })),
    );
    await wait;
    expect(searchIndex(live.current()!, '').total).toBe(61);
    live.stop();
  });
});
