/**
 * Importing notes: merging a validated batch (made by `lib/export/parse-annotations.ts` from a Web Annotation
 * file) into the store, by id, in one transaction — so an import either lands whole or changes nothing.
 *
 * Merge rules, decided by revisions (`revision.ts`), never by clock times, so that no edit is lost:
 * - a note Crux does not have is added;
 * - a stored note is replaced only by a copy that descends from it (its version vector has seen every change of the
 *   stored one, and more): the copy carries the stored edits and later ones;
 * - a copy the stored note descends from (an older export, the same file again) changes nothing;
 * - when both changed apart (concurrent), the note keeps both versions of each field that differs: the note text
 *   keeps both, the imported one under a marked line; tags are united; the stored colour, quote and place stay; an
 *   edit wins over a deletion (the note stays live); the result is a new change by this device that descends from
 *   both, so importing the same file again changes nothing;
 * - a copy from a file without revisions (another tool, an older Crux) gets a clock named after its content
 *   (`fileCopyClock`), so the same copy imported again is nothing new and a local edit of it descends from it. It
 *   replaces a stored note only when no Crux profile changed that one either (both from files: the later
 *   `modified` wins, as dates are all either has); beside a local edit, an older or identical copy changes
 *   nothing and a later, different one is merged as above — never written over it;
 * - a page is created when a written note needs it; an existing page keeps its title (unless it has none), gains
 *   the file's visited URLs after its own, and widens its first/last seen times.
 */
import { err, ok, type Result } from '../result';
import { mergedCopyHeading } from '../strings';
import { storeError, toStoreError, type StoreError } from './errors';
import { compareClocks, isFromFilesOnly, mergeClocks, tick, type Clock } from './revision';
import { deviceIdOf, type CruxDb } from './schema';
import { MAX_PAGE_URLS, type Highlight, type PageNote, type PageRecord } from './types';
import { markWordsPending } from './word-index';
import { indexWords, normalizeTags } from './words';

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
  /** Notes replaced by a copy from the file that descends from them. */
  updated: number;
  /** Notes changed both here and in the file: both versions kept. */
  merged: number;
  /** Notes the file had nothing new for, left as they were. */
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

/** What a merge does with one incoming note. */
type Decision = 'add' | 'replace' | 'merge' | 'keep';

/** The text of a note: a highlight's note or a page note's text. */
function textOf(note: Highlight | PageNote): string {
  return 'text' in note ? note.text : note.note;
}

/** Whether two copies say the same: text, tags, colour and whether deleted. */
function sameContent(a: Highlight | PageNote, b: Highlight | PageNote): boolean {
  return (
    textOf(a) === textOf(b) &&
    a.tags.join('\n') === b.tags.join('\n') &&
    ('colour' in a ? a.colour : '') === ('colour' in b ? b.colour : '') &&
    (a.deletedAt === undefined) === (b.deletedAt === undefined)
  );
}

/** What to do with an incoming copy given the stored one (rules in the module header). */
export function decideMerge<T extends Highlight | PageNote>(stored: T | undefined, incoming: T): Decision {
  if (stored === undefined) return 'add';
  const storedClock: Clock = stored.clock ?? [];
  const incomingClock: Clock = incoming.clock ?? [];
  // No Crux profile changed either copy: both came from files without revisions, and their dates are all there is.
  if (isFromFilesOnly(storedClock) && isFromFilesOnly(incomingClock))
    return incoming.modified > stored.modified && !sameContent(stored, incoming) ? 'replace' : 'keep';
  switch (compareClocks(incomingClock, storedClock)) {
    case 'after':
      return 'replace';
    case 'concurrent':
      // An older copy from a file without revisions adds nothing a local edit must keep beside it.
      return isFromFilesOnly(incomingClock) && (incoming.modified <= stored.modified || sameContent(stored, incoming))
        ? 'keep'
        : 'merge';
    default:
      return 'keep';
  }
}

/**
 * Both versions of a note's text: the stored one, then the imported one under a marked line. A text that already
 * holds the other (merged before, or extended) stays as it is, so merging again adds nothing.
 */
export function mergeTexts(stored: string, incoming: string, incomingModified: number): string {
  if (incoming === '' || stored.includes(incoming)) return stored;
  if (stored === '' || incoming.includes(stored)) return incoming;
  return `${stored}\n\n${mergedCopyHeading(incomingModified)}\n${incoming}`;
}

/** The fields both kinds share after a merge: times, deletion and a clock that descends from both copies. */
function mergedCommon(stored: Highlight | PageNote, incoming: Highlight | PageNote, device: string) {
  const bothDeleted = stored.deletedAt !== undefined && incoming.deletedAt !== undefined;
  return {
    created: Math.min(stored.created, incoming.created),
    modified: Math.max(stored.modified, incoming.modified),
    deletedAt: bothDeleted ? stored.deletedAt : undefined,
    ...tick(mergeClocks(stored.clock ?? [], incoming.clock ?? []), device),
  };
}

/** Drops an `undefined` deletion, so a live note has no `deletedAt` key at all (as the store writes them). */
function withoutEmptyDeletion<T extends { deletedAt?: number }>(note: T): T {
  if (note.deletedAt !== undefined) return note;
  const { deletedAt: _none, ...rest } = note;
  return rest as T;
}

/** A highlight changed both here and in the file: both notes, all tags, the stored colour and place. */
export function mergeHighlights(stored: Highlight, incoming: Highlight, device: string): Highlight {
  const note = mergeTexts(stored.note, incoming.note, incoming.modified);
  const tags = normalizeTags([...stored.tags, ...incoming.tags]);
  return withoutEmptyDeletion({
    ...stored,
    ...mergedCommon(stored, incoming, device),
    note,
    tags,
    words: indexWords(stored.quote, note, tags.join(' ')),
  });
}

/** A page note changed both here and in the file: both texts, all tags. */
export function mergePageNotes(stored: PageNote, incoming: PageNote, device: string): PageNote {
  const text = mergeTexts(stored.text, incoming.text, incoming.modified);
  const tags = normalizeTags([...stored.tags, ...incoming.tags]);
  return withoutEmptyDeletion({
    ...stored,
    ...mergedCommon(stored, incoming, device),
    text,
    tags,
    words: indexWords(text, tags.join(' ')),
  });
}

/** The notes of one kind to write, and the counts. */
interface KindPlan<T> {
  write: T[];
  added: number;
  updated: number;
  merged: number;
}

/** Applies the merge rules to the notes of one kind. */
function planKind<T extends Highlight | PageNote>(
  stored: readonly (T | undefined)[],
  incoming: readonly T[],
  merge: (stored: T, incoming: T) => T,
): KindPlan<T> {
  const plan: KindPlan<T> = { write: [], added: 0, updated: 0, merged: 0 };
  incoming.forEach((note, i) => {
    const current = stored[i];
    switch (decideMerge(current, note)) {
      case 'add':
        plan.added++;
        plan.write.push(note);
        break;
      case 'replace':
        plan.updated++;
        plan.write.push(note);
        break;
      case 'merge':
        // Concurrent copies that say the same only gain the clock that has seen both: no version to keep twice.
        if (!sameContent(current!, note)) plan.merged++;
        plan.write.push(merge(current!, note));
        break;
      case 'keep':
        break;
    }
  });
  return plan;
}

/**
 * Past this many incoming notes, `storedCopies` first reads which ids the table holds. In Chromium, fetching an
 * absent id costs as much as a present one (~35 µs), while reading every key of 10,000 notes takes ~2 ms.
 */
const READ_KEYS_FIRST = 500;

/**
 * The stored copy of each incoming note (undefined where there is none), in the batch's order. A large batch reads
 * the table's keys first and fetches only the notes it holds, so importing into an empty store fetches nothing.
 */
async function storedCopies<T extends Highlight | PageNote>(
  table: CruxDb['highlights'] | CruxDb['pageNotes'],
  incoming: readonly T[],
): Promise<(T | undefined)[]> {
  const ids = incoming.map((note) => note.id);
  if (ids.length <= READ_KEYS_FIRST) return (await table.bulkGet(ids)) as (T | undefined)[];
  const held = new Set((await table.toCollection().primaryKeys()) as string[]);
  const present = ids.filter((id) => held.has(id));
  const copies = (await table.bulkGet(present)) as (T | undefined)[];
  const byId = new Map(present.map((id, i) => [id, copies[i]]));
  return ids.map((id) => byId.get(id));
}

/** What importing a batch would do: the notes to write, and the counts the reader is shown. */
export interface ImportPlan {
  /** Highlights to write (new, descendants of the stored copy, or merged with it). */
  highlights: Highlight[];
  /** Page notes to write. */
  pageNotes: PageNote[];
  /** How many notes would be added, updated, merged and left unchanged. */
  summary: ImportSummary;
}

/**
 * Plans an import by the merge rules (module header), writing nothing: reads the stored copies of every incoming id
 * and decides for each (add, replace, merge or keep). The one rule for both the preview and the import; run it
 * inside the caller's transaction (read-only for a preview, the import's read-write one).
 * @param device this profile's device id, the device of merged notes' new change
 */
export async function planImport(db: CruxDb, batch: ImportBatch, device: string): Promise<ImportPlan> {
  const highlights = planKind(
    await storedCopies(db.highlights, batch.highlights),
    batch.highlights,
    (stored, incoming) => mergeHighlights(stored, incoming, device),
  );
  const pageNotes = planKind(await storedCopies(db.pageNotes, batch.pageNotes), batch.pageNotes, (stored, incoming) =>
    mergePageNotes(stored, incoming, device),
  );
  const added = highlights.added + pageNotes.added;
  const updated = highlights.updated + pageNotes.updated;
  const merged = highlights.merged + pageNotes.merged;
  const unchanged = batch.highlights.length + batch.pageNotes.length - added - updated - merged;
  return {
    highlights: highlights.write,
    pageNotes: pageNotes.write,
    summary: { added, updated, merged, unchanged },
  };
}

/**
 * What importing a batch would do, in one read-only transaction (the library's preview before the reader confirms).
 * @returns the counts `importAnnotations` would report for the same store
 */
export async function previewImport(db: CruxDb, batch: ImportBatch): Promise<ImportSummary> {
  // The device only names the change a merge would make; the counts do not depend on it.
  return db.transaction('r', db.highlights, db.pageNotes, async () => (await planImport(db, batch, '')).summary);
}

/**
 * Merges a batch into the store by id (rules in the module header).
 *
 * Steps, in one read-write transaction over pages, highlights, page notes and `pendingWords`: plan the import
 * (`planImport`); read and merge the pages the notes to write are on; write pages and notes, and list the notes
 * written as pending for the word index (`word-index.ts`: their rows follow in `catchUpWords`, which the caller
 * starts once this returns). Any failure aborts the transaction, so nothing is written.
 * @returns how many notes were added, updated and left unchanged, or a failure saying nothing was imported
 */
export async function importAnnotations(db: CruxDb, batch: ImportBatch): Promise<Result<ImportSummary, StoreError>> {
  const pagesByKey = new Map(batch.pages.map((page) => [page.key, page]));
  const missingPage = [...batch.highlights, ...batch.pageNotes].find((note) => !pagesByKey.has(note.pageKey));
  if (missingPage) return err(storeError('invalid', 'import'));
  try {
    const device = await deviceIdOf(db);
    return ok(
      await db.transaction('rw', [db.pages, db.highlights, db.pageNotes, db.pendingWords], async () => {
        const plan = await planImport(db, batch, device);
        const pageKeys = [...new Set([...plan.highlights, ...plan.pageNotes].map((note) => note.pageKey))];
        const storedPages = await db.pages.bulkGet(pageKeys);
        const pages = pageKeys.map((key, i) => mergeImportedPage(storedPages[i], pagesByKey.get(key)!));
        await db.pages.bulkPut(pages);
        await db.highlights.bulkPut(plan.highlights);
        await db.pageNotes.bulkPut(plan.pageNotes);
        await markWordsPending(db, {
          highlights: plan.highlights.map((note) => note.id),
          pageNotes: plan.pageNotes.map((note) => note.id),
        });
        return plan.summary;
      }),
    );
  } catch (error) {
    return err(toStoreError(error, 'import'));
  }
}
