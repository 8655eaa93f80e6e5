/**
 * Commands and queries for highlights and page notes. Each takes the database as its first parameter (no global
 * instance here) and returns a `Result`: a failure is a value with a plain sentence, never a silent no-op. Writes
 * that touch several tables run in one transaction, so a failure leaves nothing half-written.
 *
 * Deleting is soft (`deletedAt` is set and `modified` bumped): undo is `restore…`, lists leave deleted items out,
 * and an export/import merge by id sees the deletion as the later change. `purgeDeleted` removes them for good.
 */
import { findPositionSelector, findQuoteSelector } from '../anchoring/describe';
import type { Selector } from '../anchoring/types';
import { err, ok, type Result } from '../result';
import { isColourName, DEFAULT_COLOUR, type ColourName } from './colours';
import { storeError, toStoreError, type StoreAction, type StoreError } from './errors';
import { identifyPage, recordPageVisit, touchPage, type PageInput } from './pages';
import { tick, versionOf } from './revision';
import { removeEmptyPages } from './trash';
import { deviceIdOf, type CruxDb } from './schema';
import type { Highlight, PageNote, PageNotes, PageRecord } from './types';
import { deleteWordRows, writeWordRows } from './word-index';
import { indexWords, normalizeTags } from './words';

/** Options of commands that create a record. */
export interface CreateOptions {
  /** Time of the change (default: now). */
  now?: number;
  /** Id of the new record (default: a random UUID). */
  id?: string;
}

/** A highlight to save. */
export interface NewHighlight {
  /** The page it is on. */
  page: PageInput;
  /** Its selectors, as `describeRange` made them (a quote selector is required). */
  selectors: Selector[];
  /** Its colour (default `key`). */
  colour?: ColourName;
  /** A note (default none). */
  note?: string;
  /** Tags (normalised on save). */
  tags?: string[];
}

/** Changes to a highlight; omitted fields stay as they are. */
export interface HighlightChanges {
  /** The new note (empty to remove it). */
  note?: string;
  /** The new tags (replacing the old ones). */
  tags?: string[];
  /** The new colour. */
  colour?: ColourName;
  /**
   * The version (`versionOf`) the edit was made on. When given and the stored note has another (another tab saved
   * first, or an import changed it), the change is refused as `stale` rather than written over the other change.
   */
  expected?: string;
}

/** A page note to add. */
export interface NewPageNote {
  /** The page it is about. */
  page: PageInput;
  /** The note. */
  text: string;
  /** Tags (normalised on save). */
  tags?: string[];
}

/** Changes to a page note; omitted fields stay as they are. */
export interface PageNoteChanges {
  /** The new text. */
  text?: string;
  /** The new tags. */
  tags?: string[];
  /** The version the edit was made on (see `HighlightChanges.expected`). */
  expected?: string;
}

/** The quote as shown to the reader: the selector's text with runs of whitespace collapsed. */
export function displayQuote(exact: string): string {
  return exact.replace(/\s+/g, ' ').trim();
}

/** Thrown inside a transaction to abort a save made on a copy that another tab changed since (`stale`). */
class StaleNoteError extends Error {
  override name = 'StaleNoteError';
}

/** Runs a store operation, turning a thrown error into a plain-sentence failure. */
async function attempt<T>(action: StoreAction, run: () => Promise<T>): Promise<Result<T, StoreError>> {
  try {
    return ok(await run());
  } catch (error) {
    return err(error instanceof StaleNoteError ? storeError('stale', action) : toStoreError(error, action));
  }
}

/** Runs a read-modify-write in which a missing record is a `not-found` failure rather than a throw. */
async function attemptOnRecord<T>(action: StoreAction, run: () => Promise<T | null>): Promise<Result<T, StoreError>> {
  const result = await attempt(action, run);
  if (!result.ok) return result;
  return result.value === null ? err(storeError('not-found', action)) : ok(result.value);
}

/**
 * Saves a new highlight and creates or refreshes its page, in one transaction.
 *
 * Steps: check the input (a non-empty quote selector, a known colour); normalise the page URL, tags and note;
 * compute the word index; write page and highlight together (`add`, so an existing id is never overwritten).
 * @returns the saved highlight, or a failure saying it was not saved
 */
export async function saveHighlight(
  db: CruxDb,
  input: NewHighlight,
  options: CreateOptions = {},
): Promise<Result<Highlight, StoreError>> {
  const action: StoreAction = 'save-highlight';
  const quote = findQuoteSelector(input.selectors);
  if (!quote?.exact.trim()) return err(storeError('empty', action));
  if (input.colour !== undefined && !isColourName(input.colour)) return err(storeError('invalid', action));
  const now = options.now ?? Date.now();
  const page = identifyPage(input.page);
  const note = input.note?.trim() ?? '';
  const tags = normalizeTags(input.tags ?? []);
  const shown = displayQuote(quote.exact);
  const position = findPositionSelector(input.selectors);
  const highlight: Highlight = {
    id: options.id ?? crypto.randomUUID(),
    pageKey: page.key,
    site: '',
    url: page.original,
    quote: shown,
    selectors: position ? [quote, position] : [quote],
    colour: input.colour ?? DEFAULT_COLOUR,
    note,
    tags,
    words: indexWords(shown, note, tags.join(' ')),
    created: now,
    modified: now,
  };
  return attempt(action, async () => {
    Object.assign(highlight, tick([], await deviceIdOf(db)));
    return db.transaction('rw', db.pages, db.highlights, db.highlightWords, async () => {
      const record = await touchPage(db, page, now);
      highlight.site = record.site;
      await db.highlights.add(highlight);
      await writeWordRows(db, 'highlights', [highlight]);
      return highlight;
    });
  });
}

/**
 * Changes a highlight's note, tags or colour, bumping `modified` and recomputing its words.
 * @returns the updated highlight (unchanged, and not rewritten, when nothing differs), or a failure: `not-found`
 *   for a missing or deleted highlight
 */
export async function updateHighlight(
  db: CruxDb,
  id: string,
  changes: HighlightChanges,
  now: number = Date.now(),
): Promise<Result<Highlight, StoreError>> {
  const action: StoreAction = 'save-change';
  if (changes.colour !== undefined && !isColourName(changes.colour)) return err(storeError('invalid', action));
  return attemptOnRecord(action, async () => {
    const device = await deviceIdOf(db);
    return db.transaction('rw', db.highlights, db.highlightWords, async () => {
      const current = await db.highlights.get(id);
      if (!current || current.deletedAt !== undefined) return null;
      if (changes.expected !== undefined && changes.expected !== versionOf(current)) throw new StaleNoteError();
      const note = changes.note !== undefined ? changes.note.trim() : current.note;
      const tags = changes.tags !== undefined ? normalizeTags(changes.tags) : current.tags;
      const colour = changes.colour ?? current.colour;
      if (note === current.note && colour === current.colour && tags.join('\n') === current.tags.join('\n'))
        return current;
      const updated: Highlight = {
        ...current,
        note,
        tags,
        colour,
        words: indexWords(current.quote, note, tags.join(' ')),
        modified: now,
        ...tick(current.clock ?? [], device),
      };
      await db.highlights.put(updated);
      await writeWordRows(db, 'highlights', [updated]);
      return updated;
    });
  });
}

/** A table whose records can be soft-deleted. */
type SoftDeletable = CruxDb['highlights'] | CruxDb['pageNotes'];

/** Sets or clears `deletedAt` on one record, bumping `modified`. @returns the record as written, or null if missing */
async function setDeleted<T extends Highlight | PageNote>(
  db: CruxDb,
  table: SoftDeletable,
  id: string,
  deleted: boolean,
  now: number,
): Promise<T | null> {
  const device = await deviceIdOf(db);
  return db.transaction('rw', table, async () => {
    const current = (await table.get(id)) as T | undefined;
    if (!current) return null;
    if ((current.deletedAt !== undefined) === deleted) return current;
    const { deletedAt: _previous, ...rest } = current;
    const change = { modified: now, ...tick(current.clock ?? [], device) };
    const updated = (deleted ? { ...rest, deletedAt: now, ...change } : { ...rest, ...change }) as T;
    await table.put(updated as never);
    return updated;
  });
}

/**
 * Deletes a highlight (softly: `restoreHighlight` undoes it). Deleting a deleted highlight changes nothing.
 * @returns the deleted highlight (for an undo prompt), or a `not-found` failure
 */
export async function deleteHighlight(
  db: CruxDb,
  id: string,
  now: number = Date.now(),
): Promise<Result<Highlight, StoreError>> {
  return attemptOnRecord('delete-highlight', () => setDeleted<Highlight>(db, db.highlights, id, true, now));
}

/**
 * Undoes `deleteHighlight`.
 * @returns the restored highlight, or a `not-found` failure (purged or never saved)
 */
export async function restoreHighlight(
  db: CruxDb,
  id: string,
  now: number = Date.now(),
): Promise<Result<Highlight, StoreError>> {
  return attemptOnRecord('restore-highlight', () => setDeleted<Highlight>(db, db.highlights, id, false, now));
}

/** Order of a page's highlights: where they start in the page, then when they were made. */
function byPosition(a: Highlight, b: Highlight): number {
  const start = (h: Highlight): number => findPositionSelector(h.selectors)?.start ?? Number.MAX_SAFE_INTEGER;
  return start(a) - start(b) || a.created - b.created;
}

/**
 * A page's live highlights, in page order (by stored position), to re-anchor and list.
 * @returns the highlights; empty when the page has none
 */
export async function listPageHighlights(db: CruxDb, pageKey: string): Promise<Result<Highlight[], StoreError>> {
  return attempt('load-highlights', async () => {
    const highlights = await db.highlights
      .where('pageKey')
      .equals(pageKey)
      .filter((h) => h.deletedAt === undefined)
      .toArray();
    return highlights.sort(byPosition);
  });
}

/**
 * Adds a note about a whole page, creating or refreshing the page, in one transaction.
 * @returns the saved note, or a failure saying it was not saved
 */
export async function addPageNote(
  db: CruxDb,
  input: NewPageNote,
  options: CreateOptions = {},
): Promise<Result<PageNote, StoreError>> {
  const action: StoreAction = 'save-note';
  const text = input.text.trim();
  const tags = normalizeTags(input.tags ?? []);
  if (!text && tags.length === 0) return err(storeError('empty', action));
  const now = options.now ?? Date.now();
  const page = identifyPage(input.page);
  const note: PageNote = {
    id: options.id ?? crypto.randomUUID(),
    pageKey: page.key,
    site: '',
    text,
    tags,
    words: indexWords(text, tags.join(' ')),
    created: now,
    modified: now,
  };
  return attempt(action, async () => {
    Object.assign(note, tick([], await deviceIdOf(db)));
    return db.transaction('rw', db.pages, db.pageNotes, db.pageNoteWords, async () => {
      note.site = (await touchPage(db, page, now)).site;
      await db.pageNotes.add(note);
      await writeWordRows(db, 'pageNotes', [note]);
      return note;
    });
  });
}

/**
 * Changes a page note's text or tags, bumping `modified`.
 * @returns the updated note, or a failure: `not-found` for a missing or deleted note
 */
export async function updatePageNote(
  db: CruxDb,
  id: string,
  changes: PageNoteChanges,
  now: number = Date.now(),
): Promise<Result<PageNote, StoreError>> {
  return attemptOnRecord('save-change', async () => {
    const device = await deviceIdOf(db);
    return db.transaction('rw', db.pageNotes, db.pageNoteWords, async () => {
      const current = await db.pageNotes.get(id);
      if (!current || current.deletedAt !== undefined) return null;
      if (changes.expected !== undefined && changes.expected !== versionOf(current)) throw new StaleNoteError();
      const text = changes.text !== undefined ? changes.text.trim() : current.text;
      const tags = changes.tags !== undefined ? normalizeTags(changes.tags) : current.tags;
      if (text === current.text && tags.join('\n') === current.tags.join('\n')) return current;
      const updated: PageNote = {
        ...current,
        text,
        tags,
        words: indexWords(text, tags.join(' ')),
        modified: now,
        ...tick(current.clock ?? [], device),
      };
      await db.pageNotes.put(updated);
      await writeWordRows(db, 'pageNotes', [updated]);
      return updated;
    });
  });
}

/** Deletes a page note (softly: `restorePageNote` undoes it). @returns the deleted note, or `not-found` */
export async function deletePageNote(
  db: CruxDb,
  id: string,
  now: number = Date.now(),
): Promise<Result<PageNote, StoreError>> {
  return attemptOnRecord('delete-note', () => setDeleted<PageNote>(db, db.pageNotes, id, true, now));
}

/** Undoes `deletePageNote`. @returns the restored note, or `not-found` */
export async function restorePageNote(
  db: CruxDb,
  id: string,
  now: number = Date.now(),
): Promise<Result<PageNote, StoreError>> {
  return attemptOnRecord('restore-note', () => setDeleted<PageNote>(db, db.pageNotes, id, false, now));
}

/** A page's live notes, oldest first. @returns the notes; empty when there are none */
export async function listPageNotes(db: CruxDb, pageKey: string): Promise<Result<PageNote[], StoreError>> {
  return attempt('load-notes', async () => {
    const notes = await db.pageNotes
      .where('pageKey')
      .equals(pageKey)
      .filter((n) => n.deletedAt === undefined)
      .toArray();
    return notes.sort((a, b) => a.created - b.created);
  });
}

/**
 * Removes deleted highlights and page notes for good, with the pages left with nothing on them.
 * @param deletedBefore only items deleted before this time (e.g. a month ago) are removed
 * @returns how many highlights and notes were removed
 */
export async function purgeDeleted(db: CruxDb, deletedBefore: number): Promise<Result<number, StoreError>> {
  return attempt('purge', () =>
    db.transaction('rw', [db.pages, db.highlights, db.pageNotes, db.highlightWords, db.pageNoteWords], async () => {
      const highlights = await db.highlights.where('deletedAt').below(deletedBefore).toArray();
      const notes = await db.pageNotes.where('deletedAt').below(deletedBefore).toArray();
      await db.highlights.bulkDelete(highlights.map((h) => h.id));
      await db.pageNotes.bulkDelete(notes.map((n) => n.id));
      await deleteWordRows(
        db,
        'highlights',
        highlights.map((h) => h.id),
      );
      await deleteWordRows(
        db,
        'pageNotes',
        notes.map((n) => n.id),
      );
      await removeEmptyPages(
        db,
        [...highlights, ...notes].map((item) => item.pageKey),
      );
      return highlights.length + notes.length;
    }),
  );
}

/**
 * Everything stored for a page: refreshes its record if it has one, then reads its highlights and notes.
 * @returns empty lists for a page with nothing stored
 */
export async function loadPageNotes(db: CruxDb, page: PageInput): Promise<Result<PageNotes, StoreError>> {
  const { key } = identifyPage(page);
  const visit: Result<PageRecord | null, StoreError> = await recordPageVisit(db, page);
  if (!visit.ok) return visit;
  const highlights = await listPageHighlights(db, key);
  if (!highlights.ok) return highlights;
  const notes = await listPageNotes(db, key);
  if (!notes.ok) return notes;
  return { ok: true, value: { pageKey: key, highlights: highlights.value, notes: notes.value } };
}
