/**
 * What an export holds: all notes, or the notes the library is showing (a search with its filters, or a list of
 * ids), with the pages they are on. The formats themselves live in `lib/export/`; this module only reads the
 * store, in one read transaction so the export is a consistent snapshot.
 */
import { err, ok, type Result } from '../result';
import { storeError, toStoreError, type StoreError } from './errors';
import type { CruxDb } from './schema';
import { searchNotes, searchTables, type SearchFilters } from './search';
import type { Highlight, PageNote, PageRecord } from './types';

/** The records an export is made from. */
export interface ExportData {
  /** The pages the notes are on, by key. */
  pages: PageRecord[];
  /** Highlights, oldest first. */
  highlights: Highlight[];
  /** Page notes, oldest first. */
  pageNotes: PageNote[];
}

/** Which notes to export. */
export type ExportSelection =
  /** Every note. Deleted ones (the trash) only when asked: a backup that should restore the trash too. */
  | { kind: 'all'; includeDeleted?: boolean }
  /** The notes matching a search as the library runs it (query and filters), all of them, not one page of hits. */
  | { kind: 'search'; query: string; filters?: Omit<SearchFilters, 'limit'> }
  /** These notes (the library's current results or selection). Deleted or unknown ids are skipped. */
  | { kind: 'notes'; highlightIds: readonly string[]; pageNoteIds: readonly string[] };

/** Order of notes in an export: oldest first, then by id, so the same data always exports the same way. */
function byCreated(a: Highlight | PageNote, b: Highlight | PageNote): number {
  return a.created - b.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Whether a note is live (not in the trash). */
function isLive(note: Highlight | PageNote): boolean {
  return note.deletedAt === undefined;
}

/** The notes a selection names. Call inside a read transaction over `searchTables(db)`. */
async function pickNotes(
  db: CruxDb,
  selection: ExportSelection,
): Promise<Result<{ highlights: Highlight[]; pageNotes: PageNote[] }, StoreError>> {
  if (selection.kind === 'search') {
    // The library shows a page of hits; an export of "the current search" means every hit.
    const found = await searchNotes(db, selection.query, { ...selection.filters, limit: Number.MAX_SAFE_INTEGER });
    if (!found.ok) return err(storeError(found.error.code, 'export'));
    const highlights: Highlight[] = [];
    const pageNotes: PageNote[] = [];
    for (const hit of found.value.hits) {
      if (hit.kind === 'highlight') highlights.push(hit.note);
      else pageNotes.push(hit.note);
    }
    return ok({ highlights, pageNotes });
  }
  if (selection.kind === 'notes') {
    const highlights = (await db.highlights.bulkGet([...selection.highlightIds])).filter(
      (n): n is Highlight => n !== undefined && isLive(n),
    );
    const pageNotes = (await db.pageNotes.bulkGet([...selection.pageNoteIds])).filter(
      (n): n is PageNote => n !== undefined && isLive(n),
    );
    return ok({ highlights, pageNotes });
  }
  const keep = selection.includeDeleted === true ? () => true : isLive;
  return ok({
    highlights: (await db.highlights.toArray()).filter(keep),
    pageNotes: (await db.pageNotes.toArray()).filter(keep),
  });
}

/**
 * Reads the notes to export and their pages.
 *
 * Steps: pick the notes (all, a search without its page limit, or given ids; deleted ones left out unless a full
 * backup asks for them); read the pages they are on; sort notes oldest first and pages by key.
 * @returns the records (empty lists when nothing matches), or a failure saying the export could not be made
 */
export async function collectForExport(
  db: CruxDb,
  selection: ExportSelection = { kind: 'all' },
): Promise<Result<ExportData, StoreError>> {
  try {
    return await db.transaction('r', searchTables(db), async (): Promise<Result<ExportData, StoreError>> => {
      const picked = await pickNotes(db, selection);
      if (!picked.ok) return picked;
      const { highlights, pageNotes } = picked.value;
      const pageKeys = [...new Set([...highlights, ...pageNotes].map((n) => n.pageKey))].sort();
      const pages = (await db.pages.bulkGet(pageKeys)).filter((p): p is PageRecord => p !== undefined);
      return ok({ pages, highlights: highlights.sort(byCreated), pageNotes: pageNotes.sort(byCreated) });
    });
  } catch (error) {
    return err(toStoreError(error, 'export'));
  }
}
