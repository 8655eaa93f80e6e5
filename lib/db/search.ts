/**
 * Searching notes as the reader types, through the multi-entry `words` indexes: every query word must match a
 * note's quote, note text, tags or its page's title. Finished words match whole words or their stems; the word
 * being typed matches as a prefix. Filters (site, colour, tag, date) narrow the hits afterwards.
 */
import { err, ok, type Result } from '../result';
import type { ColourName } from './colours';
import { toStoreError, type StoreError } from './errors';
import type { CruxDb } from './schema';
import type { Highlight, PageNote, PageRecord } from './types';
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
  /** Most hits returned (default `DEFAULT_LIMIT`); `total` still counts them all. */
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
  /** How many notes match in all. */
  total: number;
}

/** Hits shown as the reader types: a screenful and a bit; the library can page with a larger limit. */
export const DEFAULT_LIMIT = 50;

/** The index values a term looks up: a prefix for the word being typed, else the word and its stem. */
type Term = { word: string; stem: string } | string;

/**
 * The primary keys of rows whose `index` matches a term. Each value is its own `equals`/`startsWith` query rather
 * than one `anyOf`: a cursor hopping between values is slow in some IndexedDB implementations (fake-indexeddb
 * takes seconds for a common word), while a single key range is fast everywhere.
 */
async function keysForTerm(table: CruxDb['highlights'] | CruxDb['pageNotes'] | CruxDb['pages'], index: string, term: Term): Promise<Set<string>> {
  if (typeof term === 'string') return new Set((await table.where(index).startsWith(term).primaryKeys()) as string[]);
  const values = [...new Set([term.word, term.stem])];
  const lists = await Promise.all(values.map((value) => table.where(index).equals(value).primaryKeys()));
  return new Set(lists.flat() as string[]);
}

/** The ids in a table whose words match one query term, through the `words` index. */
async function idsForTerm(table: CruxDb['highlights'] | CruxDb['pageNotes'], term: Term): Promise<Set<string>> {
  return keysForTerm(table, 'words', term);
}

/** Keys of pages whose titles match one query term. */
async function pagesForTerm(db: CruxDb, term: Term): Promise<string[]> {
  return [...(await keysForTerm(db.pages, 'words', term))];
}

/** Ids in a table matching every term (in its own words or its page's title). */
async function idsForAllTerms(
  db: CruxDb,
  table: CruxDb['highlights'] | CruxDb['pageNotes'],
  terms: readonly Term[],
  titleMatches: readonly string[][],
): Promise<Set<string>> {
  let result: Set<string> | undefined;
  for (const [i, term] of terms.entries()) {
    const ids = await idsForTerm(table, term);
    const pageKeys = titleMatches[i] ?? [];
    const onPages = await Promise.all(pageKeys.map((key) => table.where('pageKey').equals(key).primaryKeys()));
    for (const id of onPages.flat()) ids.add(id as string);
    const previous: Set<string> | undefined = result;
    result = previous === undefined ? ids : new Set([...previous].filter((id) => ids.has(id)));
    if (result.size === 0) break;
  }
  return result ?? new Set();
}

/**
 * Up to this many candidates are read and sorted directly; past it, their order comes from a scan of the
 * `modified` index's keys (cost grows with the table, not with the hits). Specific queries are the common case
 * while typing, and reading a few hundred small records is cheaper than scanning 10,000 keys.
 */
const READ_DIRECTLY = 300;

/** Intersects key sets; `undefined` stands for "every key" (no constraint yet). */
function intersect(a: Set<string> | undefined, b: Set<string>): Set<string> {
  if (a === undefined) return b;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return new Set([...small].filter((key) => large.has(key)));
}

/**
 * The ids of one kind of note matching the terms and filters, newest first, plus their count. Works on index keys
 * only (each filter and term is a key-range scan, the order comes from the `modified` index), so only the notes
 * shown are ever read.
 */
async function matchingIds(
  db: CruxDb,
  table: CruxDb['highlights'] | CruxDb['pageNotes'],
  terms: readonly Term[],
  titleMatches: readonly string[][],
  filters: SearchFilters,
  tag: string | null,
): Promise<string[]> {
  let allowed: Set<string> | undefined = terms.length > 0 ? await idsForAllTerms(db, table, terms, titleMatches) : undefined;
  const keys = async (collection: { primaryKeys(): Promise<unknown[]> }): Promise<Set<string>> => new Set((await collection.primaryKeys()) as string[]);
  if (allowed?.size !== 0 && filters.site !== undefined) allowed = intersect(allowed, await keys(table.where('site').equals(filters.site)));
  if (allowed?.size !== 0 && filters.colour !== undefined) allowed = intersect(allowed, await keys(table.where('colour').equals(filters.colour)));
  if (allowed?.size !== 0 && tag !== null) allowed = intersect(allowed, await keys(table.where('tags').equals(tag)));
  if (allowed?.size !== 0 && (filters.from !== undefined || filters.to !== undefined)) {
    allowed = intersect(allowed, await keys(table.where('created').between(filters.from ?? -Infinity, filters.to ?? Infinity, true, false)));
  }
  if (allowed?.size === 0) return [];
  if (allowed !== undefined && allowed.size <= READ_DIRECTLY) {
    const notes = (await table.bulkGet([...allowed])).filter((n): n is Highlight | PageNote => n !== undefined && n.deletedAt === undefined);
    return notes.sort((a, b) => b.modified - a.modified).map((n) => n.id);
  }
  const deleted = await keys(table.where('deletedAt').above(-Infinity));
  const newestFirst = (await table.orderBy('modified').reverse().primaryKeys()) as string[];
  return newestFirst.filter((id) => !deleted.has(id) && (allowed === undefined || allowed.has(id)));
}

/**
 * Searches highlights and page notes.
 *
 * Steps: split the query into finished words and the word being typed; for each kind of note, find the ids whose
 * words (or whose page's title words) match every term, intersecting term by term, then with each filter's index
 * keys; order them by the `modified` index, newest first, leaving deleted notes out; read only the first `limit`
 * of each kind, merge, and attach their pages. An empty query lists every note that passes the filters.
 * @returns the hits and their total count, or a failure saying the search could not run
 */
export async function searchNotes(db: CruxDb, query: string, filters: SearchFilters = {}): Promise<Result<SearchResult, StoreError>> {
  const { complete, partial } = queryTerms(query);
  const terms: Term[] = [...complete, ...(partial === null ? [] : [partial])];
  const kinds = filters.kinds ?? ['highlight', 'pageNote'];
  const tag = filters.tag === undefined ? null : normalizeTag(filters.tag);
  try {
    return ok(
      await db.transaction('r', db.pages, db.highlights, db.pageNotes, async () => {
        const titleMatches = await Promise.all(terms.map((term) => pagesForTerm(db, term)));
        const limit = filters.limit ?? DEFAULT_LIMIT;
        let total = 0;
        const hits: NoteHit[] = [];
        for (const kind of kinds) {
          // Page notes have no colour, so a colour filter excludes them.
          if (kind === 'pageNote' && filters.colour !== undefined) continue;
          const table = kind === 'highlight' ? db.highlights : db.pageNotes;
          const ids = await matchingIds(db, table, terms, titleMatches, filters, tag);
          total += ids.length;
          const notes = (await table.bulkGet(ids.slice(0, limit))).filter((n): n is Highlight | PageNote => n !== undefined);
          for (const note of notes) {
            hits.push(kind === 'highlight' ? { kind, note: note as Highlight, page: null } : { kind, note: note as PageNote, page: null });
          }
        }
        hits.sort((a, b) => b.note.modified - a.note.modified);
        const shown = hits.slice(0, limit);
        const pageKeys = [...new Set(shown.map((hit) => hit.note.pageKey))];
        const pages = new Map((await db.pages.bulkGet(pageKeys)).filter((p): p is PageRecord => p !== undefined).map((p) => [p.key, p]));
        for (const hit of shown) hit.page = pages.get(hit.note.pageKey) ?? null;
        return { hits: shown, total };
      }),
    );
  } catch (error) {
    return err(toStoreError(error, 'the search could not run'));
  }
}
