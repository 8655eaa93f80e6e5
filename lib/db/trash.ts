/**
 * Recently deleted: notes deleted in the last 30 days, listed so they can be restored or removed for good; older
 * deletions are purged when the library opens. Deleting is soft (`notes.ts`), so the list is every note with a
 * `deletedAt`, newest deletion first.
 */
import { ok, type Result } from '../result';
import { toStoreError, type StoreError } from './errors';
import type { CruxDb } from './schema';
import type { Highlight, PageNote } from './types';
import { deleteWordRows } from './word-index';

/** How long a deleted note is kept before it is purged, in days. */
export const RETENTION_DAYS = 30;

/** The same, in milliseconds. */
export const RETENTION_MS = RETENTION_DAYS * 24 * 60 * 60 * 1000;

/** A deleted note, by kind. */
export type DeletedNote = { kind: 'highlight'; note: Highlight } | { kind: 'pageNote'; note: PageNote };

/** Runs a purge-kind store operation, turning a thrown error into its failure. */
async function attemptPurge<T>(run: () => Promise<T>): Promise<Result<T, StoreError>> {
  try {
    return ok(await run());
  } catch (error) {
    return { ok: false, error: toStoreError(error, 'purge') };
  }
}

/**
 * Every deleted note, newest deletion first.
 * @returns the notes; empty when nothing is deleted
 */
export async function listDeleted(db: CruxDb): Promise<Result<DeletedNote[], StoreError>> {
  return attemptPurge(async () => {
    const [highlights, pageNotes] = await db.transaction('r', db.highlights, db.pageNotes, () =>
      Promise.all([
        db.highlights.where('deletedAt').above(-Infinity).toArray(),
        db.pageNotes.where('deletedAt').above(-Infinity).toArray(),
      ]),
    );
    const all: DeletedNote[] = [
      ...highlights.map((note) => ({ kind: 'highlight' as const, note })),
      ...pageNotes.map((note) => ({ kind: 'pageNote' as const, note })),
    ];
    return all.sort((a, b) => (b.note.deletedAt ?? 0) - (a.note.deletedAt ?? 0));
  });
}

/** Removes the pages left with no note at all. Call inside a transaction over pages, highlights and page notes. */
export async function removeEmptyPages(db: CruxDb, pageKeys: Iterable<string>): Promise<void> {
  for (const key of new Set(pageKeys)) {
    const left =
      (await db.highlights.where('pageKey').equals(key).count()) +
      (await db.pageNotes.where('pageKey').equals(key).count());
    if (left === 0) await db.pages.delete(key);
  }
}

/**
 * Removes one deleted note for good (a live note is left alone), with its page when nothing else is on it.
 * @returns whether a note was removed
 */
export async function purgeNote(
  db: CruxDb,
  kind: DeletedNote['kind'],
  id: string,
): Promise<Result<boolean, StoreError>> {
  return attemptPurge(() =>
    db.transaction('rw', [db.pages, db.highlights, db.pageNotes, db.highlightWords, db.pageNoteWords], async () => {
      const table = kind === 'highlight' ? db.highlights : db.pageNotes;
      const note = await table.get(id);
      if (!note || note.deletedAt === undefined) return false;
      await table.delete(id);
      await deleteWordRows(db, kind === 'highlight' ? 'highlights' : 'pageNotes', [id]);
      await removeEmptyPages(db, [note.pageKey]);
      return true;
    }),
  );
}
