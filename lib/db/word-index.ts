/**
 * The store's word index: each note's `words` (`words.ts`) in a row of its kind's word table (`highlightWords`,
 * `pageNoteWords`), under the multi-entry index `searchNotes` reads.
 *
 * A row is written in one of two ways:
 * - a save or an edit writes its note's row in its own transaction (`writeWordRows`), so the next search finds it;
 * - an import, which writes thousands of notes at once, lists them as pending (`markWordsPending`) in its
 *   transaction (`pending-words.ts`), and `catchUpWords` writes their rows afterwards, a chunk per transaction. A
 *   multi-entry index costs IndexedDB an entry per distinct word (~40 a note): in the notes' own table it made
 *   writing 10,000 imported notes take 2.6–3× as long as writing them without it (`bench/import.ts`).
 *
 * Until its row is written, a pending note is matched by `searchNotes` from its own `words`, and its old row (an
 * updated note's) is not trusted: no search misses or wrongly finds a note because its row is late. The library's
 * in-memory index reads the notes' own `words`, so it never waits for rows.
 */
import { err, ok, type Result } from '../result';
import { toStoreError, type StoreError } from './errors';
import { addPendingChunks } from './pending-words';
import type { CruxDb } from './schema';
import type { Highlight, PageNote, PendingWords } from './types';

/** A kind of note, as the word tables are split. */
export type WordKind = keyof PendingWords;

/** The word table of a kind of note. */
export function wordTableOf(db: CruxDb, kind: WordKind): CruxDb['highlightWords'] {
  return kind === 'highlights' ? db.highlightWords : db.pageNoteWords;
}

/** Writes the rows of some notes of one kind. Call inside a transaction over that kind's word table. */
export async function writeWordRows(
  db: CruxDb,
  kind: WordKind,
  notes: readonly (Highlight | PageNote)[],
): Promise<void> {
  if (notes.length === 0) return;
  await wordTableOf(db, kind).bulkPut(notes.map((note) => ({ id: note.id, words: note.words })));
}

/** Deletes the rows of some notes of one kind. Call inside a transaction over that kind's word table. */
export async function deleteWordRows(db: CruxDb, kind: WordKind, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await wordTableOf(db, kind).bulkDelete([...ids]);
}

/**
 * The notes whose rows are pending (none when nothing is), oldest first. Call inside a transaction over
 * `pendingWords`, or outside any.
 */
export async function readPendingWords(db: CruxDb): Promise<PendingWords> {
  const pending: PendingWords = { highlights: [], pageNotes: [] };
  for (const chunk of await db.pendingWords.toArray()) pending[chunk.kind].push(...chunk.ids);
  return pending;
}

/**
 * Lists notes as pending: their rows are written later by `catchUpWords`. Call inside the read-write transaction
 * that writes the notes, over `pendingWords` too, so the notes and the list land together.
 */
export async function markWordsPending(db: CruxDb, added: PendingWords): Promise<void> {
  await addPendingChunks(db.pendingWords, added);
}

/** Catch-ups running in this context, per database: a second call joins the first. */
const running = new WeakMap<CruxDb, Promise<Result<number, StoreError>>>();

/**
 * Writes the rows of every pending note, a chunk (`PENDING_CHUNK` notes) per transaction, so saves and searches run
 * between them, from each note as it is when its chunk runs; a note purged meanwhile is skipped. Safe beside another
 * context doing the same (each transaction takes the first chunk left, and a row written twice is the same row).
 * @returns how many rows were written, or a failure (the notes stay pending, and the next catch-up resumes)
 */
export function catchUpWords(db: CruxDb): Promise<Result<number, StoreError>> {
  const current = running.get(db);
  if (current) return current;
  const run = (async (): Promise<Result<number, StoreError>> => {
    let written = 0;
    try {
      // Usually nothing is pending (this runs each time the background starts): a read of the chunks' table alone
      // answers that without a read-write transaction over the notes, which would hold up the notes' readers.
      if ((await db.pendingWords.count()) === 0) return ok(0);
      for (;;) {
        const wrote = await db.transaction(
          'rw',
          [db.pendingWords, db.highlights, db.pageNotes, db.highlightWords, db.pageNoteWords],
          async () => {
            const chunk = await db.pendingWords.orderBy(':id').first();
            if (chunk === undefined) return null;
            const table = chunk.kind === 'highlights' ? db.highlights : db.pageNotes;
            const notes = (await table.bulkGet(chunk.ids)).filter((n): n is Highlight | PageNote => n !== undefined);
            await writeWordRows(db, chunk.kind, notes);
            await db.pendingWords.delete(chunk.seq!);
            return notes.length;
          },
        );
        if (wrote === null) return ok(written);
        written += wrote;
      }
    } catch (error) {
      return err(toStoreError(error, 'index-words'));
    }
  })();
  running.set(db, run);
  void run.finally(() => running.delete(db));
  return run;
}
