/**
 * Stores records directly, as if saved earlier, with their word rows (`lib/db/word-index.ts`) in the same
 * transaction — as every save does, so the store's search finds them at once.
 */
import type { CruxDb } from '@/lib/db/schema';
import type { Highlight, PageNote, PageRecord } from '@/lib/db/types';
import { writeWordRows } from '@/lib/db/word-index';

/** Records to store; any kind may be left out. */
export interface StoredRecords {
  pages?: readonly PageRecord[];
  highlights?: readonly Highlight[];
  pageNotes?: readonly PageNote[];
}

/** Writes pages, highlights and page notes (replacing any with the same key) and the notes' word rows. */
export async function storeRecords(db: CruxDb, { pages = [], highlights = [], pageNotes = [] }: StoredRecords) {
  await db.transaction('rw', [db.pages, db.highlights, db.pageNotes, db.highlightWords, db.pageNoteWords], async () => {
    await db.pages.bulkPut([...pages]);
    await db.highlights.bulkPut([...highlights]);
    await db.pageNotes.bulkPut([...pageNotes]);
    await writeWordRows(db, 'highlights', highlights);
    await writeWordRows(db, 'pageNotes', pageNotes);
  });
}
