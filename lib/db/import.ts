/**
 * Importing notes: merging a validated batch (made by `lib/export/parse-annotations.ts` from a Web Annotation
 * file) into the store, by id, in one transaction — so an import either lands whole or changes nothing.
 *
 * Merge rules (the same ones a second device would need):
 * - a note Crux does not have is added;
 * - a note Crux has is replaced only when the incoming copy's `modified` is later; on a tie the stored copy stays
 *   (importing the same file twice changes nothing the second time);
 * - a deletion is a change like any other (`deleteHighlight` bumps `modified`), so an older live copy in a file
 *   never brings a deleted note back, and a deleted copy in a file deletes an older live note;
 * - a page is created when a written note needs it; an existing page keeps its title (unless it has none), gains
 *   the file's visited URLs after its own, and widens its first/last seen times.
 */
import { err, ok, type Result } from '../result';
import { storeError, toStoreError, type StoreError } from './errors';
import type { CruxDb } from './schema';
import { MAX_PAGE_URLS, type Highlight, type PageNote, type PageRecord } from './types';
import { indexWords } from './words';

/** Records ready to merge: complete, normalised (tags, colour, words) and with unique ids per kind. */
export interface ImportBatch {
  /** The pages the notes are on, one per key. */
  pages: PageRecord[];
  /** Highlights, including deleted ones when the file had them. */
  highlights: Highlight[];
  /** Page notes, including deleted ones when the file had them. */
  pageNotes: PageNote[];
}

/** What an import did, counting highlights and page notes together. */
export interface ImportSummary {
  /** Notes that were new. */
  added: number;
  /** Notes replaced by a later copy from the file. */
  updated: number;
  /** Notes whose stored copy was as new as the file's or newer, left as they were. */
  unchanged: number;
}

/** The page record after merging a page from a file into the stored one (or creating it). */
export function mergeImportedPage(stored: PageRecord | undefined, incoming: PageRecord): PageRecord {
  if (!stored) return incoming;
  const title = stored.title || incoming.title;
  const urls = [...new Set([...stored.urls, ...incoming.urls])].slice(0, MAX_PAGE_URLS);
  return {
    ...stored,
    title,
    urls,
    firstSeen: Math.min(stored.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(stored.lastSeen, incoming.lastSeen),
    words: title === stored.title ? stored.words : indexWords(title),
  };
}

/**
 * The notes of one kind to write: the incoming copies that are new or later than the stored ones.
 * @returns the notes to write, with how many were added and replaced
 */
function newerCopies<T extends Highlight | PageNote>(
  stored: readonly (T | undefined)[],
  incoming: readonly T[],
): { write: T[]; added: number; updated: number } {
  const write: T[] = [];
  let added = 0;
  let updated = 0;
  incoming.forEach((note, i) => {
    const current = stored[i];
    if (current === undefined) added++;
    else if (note.modified > current.modified) updated++;
    else return;
    write.push(note);
  });
  return { write, added, updated };
}

/** What importing a batch would do: the notes to write, and the counts the reader is shown. */
export interface ImportPlan {
  /** Highlights to write (new, or later than the stored copy). */
  highlights: Highlight[];
  /** Page notes to write. */
  pageNotes: PageNote[];
  /** How many notes would be added, updated and left unchanged. */
  summary: ImportSummary;
}

/**
 * Plans an import by the merge rules (module header), writing nothing: reads the stored copies of every incoming id
 * and keeps the incoming notes that are new or later. The one rule for both the preview and the import; run it
 * inside the caller's transaction (read-only for a preview, the import's read-write one).
 */
export async function planImport(db: CruxDb, batch: ImportBatch): Promise<ImportPlan> {
  const highlights = newerCopies(await db.highlights.bulkGet(batch.highlights.map((h) => h.id)), batch.highlights);
  const pageNotes = newerCopies(await db.pageNotes.bulkGet(batch.pageNotes.map((n) => n.id)), batch.pageNotes);
  const added = highlights.added + pageNotes.added;
  const updated = highlights.updated + pageNotes.updated;
  const unchanged = batch.highlights.length + batch.pageNotes.length - added - updated;
  return { highlights: highlights.write, pageNotes: pageNotes.write, summary: { added, updated, unchanged } };
}

/**
 * What importing a batch would do, in one read-only transaction (the library's preview before the reader confirms).
 * @returns the counts `importAnnotations` would report for the same store
 */
export async function previewImport(db: CruxDb, batch: ImportBatch): Promise<ImportSummary> {
  return db.transaction('r', db.highlights, db.pageNotes, async () => (await planImport(db, batch)).summary);
}

/**
 * Merges a batch into the store by id (rules in the module header).
 *
 * Steps, in one read-write transaction over pages, highlights and page notes: plan the import (`planImport`); read
 * and merge the pages the notes to write are on; write pages and notes. Any failure aborts the transaction, so
 * nothing is written.
 * @returns how many notes were added, updated and left unchanged, or a failure saying nothing was imported
 */
export async function importAnnotations(db: CruxDb, batch: ImportBatch): Promise<Result<ImportSummary, StoreError>> {
  const pagesByKey = new Map(batch.pages.map((page) => [page.key, page]));
  const missingPage = [...batch.highlights, ...batch.pageNotes].find((note) => !pagesByKey.has(note.pageKey));
  if (missingPage) return err(storeError('invalid', 'import'));
  try {
    return ok(
      await db.transaction('rw', db.pages, db.highlights, db.pageNotes, async () => {
        const plan = await planImport(db, batch);
        const pageKeys = [...new Set([...plan.highlights, ...plan.pageNotes].map((note) => note.pageKey))];
        const storedPages = await db.pages.bulkGet(pageKeys);
        const pages = pageKeys.map((key, i) => mergeImportedPage(storedPages[i], pagesByKey.get(key)!));
        await db.pages.bulkPut(pages);
        await db.highlights.bulkPut(plan.highlights);
        await db.pageNotes.bulkPut(plan.pageNotes);
        return plan.summary;
      }),
    );
  } catch (error) {
    return err(toStoreError(error, 'import'));
  }
}
