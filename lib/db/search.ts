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

/** The ids in a table whose words match one query term, through the `words` index. */
async function idsForTerm(
  table: CruxDb['highlights'] | CruxDb['pageNotes'],
  term: { word: string; stem: string } | string,
): Promise<Set<string>> {
  const where = table.where('words');
  const keys = typeof term === 'string' ? await where.startsWith(term).primaryKeys() : await where.anyOf([...new Set([term.word, term.stem])]).primaryKeys();
  return new Set(keys as string[]);
}

/** Keys of pages whose titles match one query term. */
async function pagesForTerm(db: CruxDb, term: { word: string; stem: string } | string): Promise<string[]> {
  const where = db.pages.where('words');
  const keys = typeof term === 'string' ? await where.startsWith(term).primaryKeys() : await where.anyOf([...new Set([term.word, term.stem])]).primaryKeys();
  return [...new Set(keys)];
}

/** Ids in a table matching every term (in its own words or its page's title). */
async function idsForAllTerms(
  db: CruxDb,
  table: CruxDb['highlights'] | CruxDb['pageNotes'],
  terms: readonly ({ word: string; stem: string } | string)[],
  titleMatches: readonly string[][],
): Promise<Set<string>> {
  let result: Set<string> | undefined;
  for (const [i, term] of terms.entries()) {
    const ids = await idsForTerm(table, term);
    const pageKeys = titleMatches[i] ?? [];
    if (pageKeys.length > 0) for (const id of await table.where('pageKey').anyOf(pageKeys).primaryKeys()) ids.add(id as string);
    const previous: Set<string> | undefined = result;
    result = previous === undefined ? ids : new Set([...previous].filter((id) => ids.has(id)));
    if (result.size === 0) break;
  }
  return result ?? new Set();
}

/** Whether a note passes the filters (deleted notes never do). */
function passes(note: Highlight | PageNote, kind: NoteKind, filters: SearchFilters, tag: string | null): boolean {
  if (note.deletedAt !== undefined) return false;
  if (filters.site !== undefined && note.site !== filters.site) return false;
  if (filters.colour !== undefined && (kind !== 'highlight' || (note as Highlight).colour !== filters.colour)) return false;
  if (tag !== null && !note.tags.includes(tag)) return false;
  if (filters.from !== undefined && note.created < filters.from) return false;
  if (filters.to !== undefined && note.created >= filters.to) return false;
  return true;
}

/** All notes of one kind passing the filters, read through the most selective index the filters offer. */
async function filteredNotes<T extends Highlight | PageNote>(
  table: CruxDb['highlights'] | CruxDb['pageNotes'],
  filters: SearchFilters,
  tag: string | null,
): Promise<T[]> {
  if (tag !== null) return (await table.where('tags').equals(tag).toArray()) as T[];
  if (filters.site !== undefined) return (await table.where('site').equals(filters.site).toArray()) as T[];
  if (filters.from !== undefined || filters.to !== undefined) {
    return (await table.where('created').between(filters.from ?? -Infinity, filters.to ?? Infinity, true, false).toArray()) as T[];
  }
  return (await table.toArray()) as T[];
}

/**
 * Searches highlights and page notes.
 *
 * Steps: split the query into finished words and the word being typed; for each kind of note, find the ids whose
 * words (or whose page's title words) match every term, intersecting term by term; read those notes and drop the
 * ones the filters exclude; sort by `modified`, newest first; attach their pages. An empty query lists every note
 * that passes the filters.
 * @returns the hits and their total count, or a failure saying the search could not run
 */
export async function searchNotes(db: CruxDb, query: string, filters: SearchFilters = {}): Promise<Result<SearchResult, StoreError>> {
  const { complete, partial } = queryTerms(query);
  const terms: ({ word: string; stem: string } | string)[] = [...complete, ...(partial === null ? [] : [partial])];
  const kinds = filters.kinds ?? ['highlight', 'pageNote'];
  const tag = filters.tag === undefined ? null : normalizeTag(filters.tag);
  try {
    return ok(
      await db.transaction('r', db.pages, db.highlights, db.pageNotes, async () => {
        const titleMatches = await Promise.all(terms.map((term) => pagesForTerm(db, term)));
        const hits: NoteHit[] = [];
        for (const kind of kinds) {
          if (kind === 'pageNote' && filters.colour !== undefined) continue;
          const table = kind === 'highlight' ? db.highlights : db.pageNotes;
          let notes: (Highlight | PageNote)[];
          if (terms.length === 0) {
            notes = await filteredNotes(table, filters, tag);
          } else {
            const ids = await idsForAllTerms(db, table, terms, titleMatches);
            notes = (await table.bulkGet([...ids])).filter((n): n is Highlight | PageNote => n !== undefined);
          }
          for (const note of notes) {
            if (!passes(note, kind, filters, tag)) continue;
            hits.push(kind === 'highlight' ? { kind, note: note as Highlight, page: null } : { kind, note: note as PageNote, page: null });
          }
        }
        hits.sort((a, b) => b.note.modified - a.note.modified);
        const shown = hits.slice(0, filters.limit ?? DEFAULT_LIMIT);
        const pageKeys = [...new Set(shown.map((hit) => hit.note.pageKey))];
        const pages = new Map((await db.pages.bulkGet(pageKeys)).filter((p): p is PageRecord => p !== undefined).map((p) => [p.key, p]));
        for (const hit of shown) hit.page = pages.get(hit.note.pageKey) ?? null;
        return { hits: shown, total: hits.length };
      }),
    );
  } catch (error) {
    return err(toStoreError(error, 'the search could not run'));
  }
}
