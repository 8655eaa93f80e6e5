/**
 * Searching notes as the reader types, through the multi-entry `words` indexes (pages' titles, and the notes' word
 * tables of `word-index.ts`; notes whose rows are pending are matched from their own words): every query word must
 * match a note's quote, note text, tags or its page's title. Finished words match whole words or their stems; the
 * word being typed matches as a prefix. Filters (site, colour, tag, date) narrow the hits.
 *
 * Three plans, chosen per query by what the indexes say, so both narrow and broad queries stay within a keystroke
 * (measured on 10,000 notes: `bench/search-chromium.ts`):
 * - filters leave few notes → read those and match the words in memory;
 * - some query word is rare → intersect index keys, then read only the notes shown;
 * - every query word is common ("the", or one letter) → walk notes newest first and stop once a page of hits is
 *   found; the total is then a lower bound (`exact: false`).
 */
import type { Collection } from 'dexie';
import { err, ok, type Result } from '../result';
import type { ColourName } from './colours';
import { toStoreError, type StoreError } from './errors';
import type { CruxDb } from './schema';
import type { Highlight, PageNote, PageRecord } from './types';
import { readPendingWords, wordTableOf } from './word-index';
import { normalizeTag, queryTerms } from './words';

/** Filters for a search; all optional, all must hold. */
export interface SearchFilters {
  /** Only notes on this site (host without `www.`). */
  site?: string;
  /** Only highlights of this colour (page notes have none, so they are left out). */
  colour?: ColourName;
  /** Only notes with this tag. */
  tag?: string;
  /** Only notes created at or after this time. */
  from?: number;
  /** Only notes created before this time. */
  to?: number;
  /** Which kinds of note (default both). */
  kinds?: readonly NoteKind[];
  /** Most hits returned (default `DEFAULT_LIMIT`). */
  limit?: number;
}

/** A kind of note. */
export type NoteKind = 'highlight' | 'pageNote';

/** One search hit, with its page for the title and site. */
export type NoteHit =
  | { kind: 'highlight'; note: Highlight; page: PageRecord | null }
  | { kind: 'pageNote'; note: PageNote; page: PageRecord | null };

/** The hits of a search. */
export interface SearchResult {
  /** The best hits, most recently modified first, at most `limit`. */
  hits: NoteHit[];
  /** How many notes match: exact when `exact`, else at least this many (broad queries stop counting early). */
  total: number;
  /** Whether `total` is exact. */
  exact: boolean;
}

/** Hits shown as the reader types: a screenful and a bit; the library can page with a larger limit. */
export const DEFAULT_LIMIT = 50;

/**
 * Up to this many candidates are read and matched or sorted directly. Measured in Chromium on 10,000 notes:
 * reading a record costs ~50 µs, stepping a key cursor ~15 µs, reading all `modified` keys ~20 ms; past a few
 * hundred candidates, walking the `modified` keys newest first until a page is found is the cheapest.
 */
const READ_DIRECTLY = 300;

/**
 * A query word matching more index entries than this is "common"; when every word is common, walking notes newest
 * first finds a page of hits sooner than collecting and intersecting tens of thousands of keys.
 */
const COMMON_TERM_ENTRIES = 2000;

/** A query word: a prefix for the word being typed, else the word and its stem. */
type Term = { word: string; stem: string } | string;

/** A table of notes. */
type NoteTable = CruxDb['highlights'] | CruxDb['pageNotes'];

/** What the plans read for one kind of note. */
interface KindTables {
  /** The notes. */
  notes: NoteTable;
  /** Their word rows (`word-index.ts`). */
  words: CruxDb['highlightWords'];
  /** Notes whose rows are pending: matched from their own words, their rows (if any) not trusted. */
  pending: readonly (Highlight | PageNote)[];
  /** The ids of `pending`. */
  pendingIds: ReadonlySet<string>;
}

/** The tables a search reads; a caller running `searchNotes` inside its own transaction includes them all. */
export function searchTables(db: CruxDb) {
  return [db.pages, db.highlights, db.pageNotes, db.highlightWords, db.pageNoteWords, db.pendingWords];
}

/** Everything a plan needs to know about the query. */
interface Query {
  /** The query words. */
  terms: Term[];
  /** For each term, keys of the pages whose titles match it. */
  titleMatches: Set<string>[];
  /** The filters. */
  filters: SearchFilters;
  /** The tag filter, normalised. */
  tag: string | null;
  /** Most hits wanted. */
  limit: number;
}

/** Ids of one kind of note, newest first, with their count. */
interface Matches {
  /** Matching ids, newest first (at most the limit in the walking plan). */
  ids: string[];
  /** How many match (a lower bound when not `exact`). */
  total: number;
  /** Whether `total` is exact. */
  exact: boolean;
}

/** The index ranges a term looks up. */
function termRanges(table: CruxDb['highlightWords'] | CruxDb['pages'], term: Term): Collection<unknown, unknown>[] {
  // Each value is its own `equals`/`startsWith` range rather than one `anyOf`: a cursor hopping between values is
  // slow in some IndexedDB implementations (seconds in fake-indexeddb for a common word); a key range is fast.
  if (typeof term === 'string') return [table.where('words').startsWith(term)];
  return [...new Set([term.word, term.stem])].map((value) => table.where('words').equals(value));
}

/** Keys of the pages whose titles match a term. */
async function pagesForTerm(db: CruxDb, term: Term): Promise<Set<string>> {
  const lists = await Promise.all(termRanges(db.pages, term).map((range) => range.primaryKeys()));
  return new Set(lists.flat() as string[]);
}

/** Ids of the notes of one kind whose words match a term: from their rows, and pending notes from their words. */
async function keysForTerm(tables: KindTables, term: Term): Promise<Set<string>> {
  const lists = await Promise.all(termRanges(tables.words, term).map((range) => range.primaryKeys()));
  const ids = new Set((lists.flat() as string[]).filter((id) => !tables.pendingIds.has(id)));
  for (const note of tables.pending) if (wordsMatchTerm(note, term)) ids.add(note.id);
  return ids;
}

/**
 * Index entries matching a term, counted up to just past {@link COMMON_TERM_ENTRIES} (a measure of how common it is;
 * a note can count more than once), plus the pending notes it matches. Bounded: a full `count()` walks every entry
 * of a one-letter prefix, tens of thousands on a large library, where a capped key read stops as soon as the term is
 * known to be common.
 */
async function entriesForTerm(tables: KindTables, term: Term): Promise<number> {
  const counts = await Promise.all(
    termRanges(tables.words, term).map(
      async (range) => (await range.limit(COMMON_TERM_ENTRIES + 1).primaryKeys()).length,
    ),
  );
  const pending = tables.pending.filter((note) => wordsMatchTerm(note, term)).length;
  return counts.reduce((sum, n) => sum + n, pending);
}

/** Whether a note's own words match a term. */
function wordsMatchTerm(note: Highlight | PageNote, term: Term): boolean {
  if (typeof term === 'string') return note.words.some((w) => w.startsWith(term));
  return note.words.includes(term.word) || note.words.includes(term.stem);
}

/** Whether a note's words (or its page's title) match a term. */
function noteMatchesTerm(note: Highlight | PageNote, term: Term, titleMatch: Set<string> | undefined): boolean {
  return titleMatch?.has(note.pageKey) === true || wordsMatchTerm(note, term);
}

/** Whether a note passes the query: not deleted, every filter, every term. */
function noteMatches(note: Highlight | PageNote, query: Query): boolean {
  const { filters, tag } = query;
  if (note.deletedAt !== undefined) return false;
  if (filters.site !== undefined && note.site !== filters.site) return false;
  if (filters.colour !== undefined && (note as Partial<Highlight>).colour !== filters.colour) return false;
  if (tag !== null && !note.tags.includes(tag)) return false;
  if (filters.from !== undefined && note.created < filters.from) return false;
  if (filters.to !== undefined && note.created >= filters.to) return false;
  return query.terms.every((term, i) => noteMatchesTerm(note, term, query.titleMatches[i]));
}

/** Intersects key sets; `undefined` stands for "every key". */
function intersect(a: Set<string> | undefined, b: Set<string>): Set<string> {
  if (a === undefined) return b;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return new Set([...small].filter((key) => large.has(key)));
}

/**
 * The keys the site and tag filters allow, from their indexes, or undefined when neither is set. Colour and dates
 * have no index (each index costs every written note an entry: an import of 10,000 notes pays for it), so they are
 * checked on the notes read (`noteMatches`); the library filters its in-memory index instead once it is ready.
 */
async function filterKeys(table: NoteTable, query: Query): Promise<Set<string> | undefined> {
  const { filters, tag } = query;
  const keys = async (collection: { primaryKeys(): Promise<unknown[]> }): Promise<Set<string>> =>
    new Set((await collection.primaryKeys()) as string[]);
  let allowed: Set<string> | undefined;
  if (filters.site !== undefined) allowed = intersect(allowed, await keys(table.where('site').equals(filters.site)));
  if (allowed?.size !== 0 && tag !== null) allowed = intersect(allowed, await keys(table.where('tags').equals(tag)));
  return allowed;
}

/** Reads candidate notes and keeps those matching the query, newest first. */
async function readAndMatch(table: NoteTable, ids: Iterable<string>, query: Query): Promise<Matches> {
  const notes = (await table.bulkGet([...ids])).filter(
    (n): n is Highlight | PageNote => n !== undefined && noteMatches(n, query),
  );
  const sorted = notes.sort((a, b) => b.modified - a.modified).map((n) => n.id);
  return { ids: sorted, total: sorted.length, exact: true };
}

/** The matching ids of one kind of note, by the cheapest plan for this query. */
async function matchingIds(tables: KindTables, query: Query): Promise<Matches> {
  const table = tables.notes;
  const allowed = await filterKeys(table, query);
  if (allowed?.size === 0) return { ids: [], total: 0, exact: true };
  // Plan 1: the filters leave few notes.
  if (allowed !== undefined && allowed.size <= READ_DIRECTLY) return readAndMatch(table, allowed, query);

  const entries = await Promise.all(query.terms.map((term) => entriesForTerm(tables, term)));
  const titleEntries = query.titleMatches.map((pages) => pages.size);
  const rarest = Math.min(...entries.map((n, i) => n + (titleEntries[i] ?? 0) * 20));
  if (query.terms.length === 0 || rarest > COMMON_TERM_ENTRIES) {
    // Plan 3: every word is common (or there are none): walk newest first, stop after a page of hits.
    const wanted = query.limit + 1;
    const newestFirst = table.orderBy('modified').reverse() as Collection<Highlight | PageNote, string>;
    const notes = await newestFirst
      .filter((n) => noteMatches(n, query))
      .limit(wanted)
      .toArray();
    const ids = notes.slice(0, query.limit).map((n) => n.id);
    return notes.length < wanted ? { ids, total: ids.length, exact: true } : { ids, total: notes.length, exact: false };
  }

  // Plan 2: some word is rare: intersect index keys, rarest word first.
  const order = query.terms.map((_, i) => i).sort((a, b) => entries[a]! - entries[b]!);
  let candidates = allowed;
  for (const i of order) {
    const ids = await keysForTerm(tables, query.terms[i]!);
    const pages = [...query.titleMatches[i]!];
    const onPages = await Promise.all(pages.map((key) => table.where('pageKey').equals(key).primaryKeys()));
    for (const id of onPages.flat()) ids.add(id as string);
    candidates = intersect(candidates, ids);
    if (candidates.size === 0) return { ids: [], total: 0, exact: true };
    // Few candidates left: read them and check the remaining (commoner) words in memory, rather than collecting
    // the keys of a word that may match most notes ("n" as the reader starts a second word).
    if (candidates.size <= READ_DIRECTLY) return readAndMatch(table, candidates, query);
  }
  if (candidates === undefined || candidates.size <= READ_DIRECTLY) return readAndMatch(table, candidates ?? [], query);
  // Many candidates: their count comes from the keys; the newest few from walking the `modified` index's keys
  // (no records read) until a page of them is found — cheaper than reading all candidates or all the index.
  const deleted = new Set((await table.where('deletedAt').above(-Infinity).primaryKeys()) as string[]);
  const live = candidates;
  const ids: string[] = [];
  await table
    .orderBy('modified')
    .reverse()
    .until(() => ids.length >= query.limit)
    .eachPrimaryKey((key) => {
      if (live.has(key as string) && !deleted.has(key as string)) ids.push(key as string);
    });
  let total = live.size;
  for (const id of deleted) if (live.has(id)) total--;
  return { ids, total, exact: true };
}

/**
 * Searches highlights and page notes.
 *
 * Steps: split the query into finished words and the word being typed; find the pages whose titles match each
 * word; for each kind of note, pick a plan (few filtered notes → read them; a rare word → intersect index keys;
 * only common words → walk newest first) and get the matching ids newest first; read the first `limit` of each
 * kind, merge by `modified`, and attach their pages. An empty query lists the notes that pass the filters.
 * @returns the hits and their count, or a failure saying the search could not run
 */
export async function searchNotes(
  db: CruxDb,
  query: string,
  filters: SearchFilters = {},
): Promise<Result<SearchResult, StoreError>> {
  const { complete, partial } = queryTerms(query);
  const terms: Term[] = [...complete, ...(partial === null ? [] : [partial])];
  const kinds = filters.kinds ?? ['highlight', 'pageNote'];
  const limit = filters.limit ?? DEFAULT_LIMIT;
  const tag = filters.tag === undefined ? null : normalizeTag(filters.tag);
  try {
    return ok(
      await db.transaction('r', searchTables(db), async () => {
        const titleMatches = await Promise.all(terms.map((term) => pagesForTerm(db, term)));
        const pending = await readPendingWords(db);
        const plan: Query = { terms, titleMatches, filters, tag, limit };
        let total = 0;
        let exact = true;
        const hits: NoteHit[] = [];
        for (const kind of kinds) {
          // Page notes have no colour, so a colour filter excludes them.
          if (kind === 'pageNote' && filters.colour !== undefined) continue;
          const table = kind === 'highlight' ? db.highlights : db.pageNotes;
          const wordKind = kind === 'highlight' ? 'highlights' : 'pageNotes';
          // Pending notes are read only when a word must be matched (filters alone do not read words).
          const pendingIds = terms.length > 0 ? pending[wordKind] : [];
          const pendingNotes = (await table.bulkGet(pendingIds)).filter(
            (n): n is Highlight | PageNote => n !== undefined,
          );
          const matches = await matchingIds(
            { notes: table, words: wordTableOf(db, wordKind), pending: pendingNotes, pendingIds: new Set(pendingIds) },
            plan,
          );
          total += matches.total;
          exact &&= matches.exact;
          const notes = (await table.bulkGet(matches.ids.slice(0, limit))).filter(
            (n): n is Highlight | PageNote => n !== undefined,
          );
          for (const note of notes) {
            hits.push(
              kind === 'highlight'
                ? { kind, note: note as Highlight, page: null }
                : { kind, note: note as PageNote, page: null },
            );
          }
        }
        hits.sort((a, b) => b.note.modified - a.note.modified);
        const shown = hits.slice(0, limit);
        const pageKeys = [...new Set(shown.map((hit) => hit.note.pageKey))];
        const pages = new Map(
          (await db.pages.bulkGet(pageKeys)).filter((p): p is PageRecord => p !== undefined).map((p) => [p.key, p]),
        );
        for (const hit of shown) hit.page = pages.get(hit.note.pageKey) ?? null;
        return { hits: shown, total, exact };
      }),
    );
  } catch (error) {
    return err(toStoreError(error, 'search'));
  }
}
