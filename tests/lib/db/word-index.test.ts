/**
 * The store's word index (`lib/db/word-index.ts`): a save writes its note's row at once; an import's notes are
 * pending and found by search from their own words until `catchUpWords` writes their rows, from each note as it is
 * then; a failed catch-up leaves them pending, and the next one resumes.
 */
import { describe, expect, it } from 'vitest';
import { importAnnotations } from '@/lib/db/import';
import { saveHighlight, deleteHighlight, purgeDeleted, updateHighlight } from '@/lib/db/notes';
import type { CruxDb } from '@/lib/db/schema';
import { searchNotes } from '@/lib/db/search';
import type { Highlight } from '@/lib/db/types';
import { catchUpWords, readPendingWords } from '@/lib/db/word-index';
import { makeHighlight, storeRecords } from '@/tests/factories';
import { makeExportData, makePageNote } from '@/tests/lib/export/make-notes';
import { failWrites } from './disk-full';
import { makeDb, makePage, makeSelectors } from './helpers';

/** The ids a search finds, sorted. */
async function found(db: CruxDb, query: string): Promise<string[]> {
  const result = await searchNotes(db, query, { limit: 1000 });
  if (!result.ok) throw new Error(`search failed: ${result.error.code}`);
  return result.value.hits.map((hit) => hit.note.id).sort();
}

/** Highlights on one page, each quoting a river and a number word (`number7`), so terms are rare or common. */
function rivers(count: number, from = 0): Highlight[] {
  return Array.from({ length: count }, (_, i) =>
    makeHighlight({ id: `h${from + i}`, quote: `The river rises at number${from + i}`, modified: from + i + 1 }),
  );
}

describe('the word index', () => {
  it('holds a saved note at once, and loses a purged one', async () => {
    const db = makeDb();
    const saved = await saveHighlight(db, {
      page: makePage(),
      selectors: makeSelectors('Estuaries mix salt and fresh water'),
    });
    if (!saved.ok) throw new Error('not saved');
    expect(await db.highlightWords.where('words').equals('estuaries').primaryKeys()).toEqual([saved.value.id]);
    await updateHighlight(db, saved.value.id, { note: 'brackish' });
    expect(await db.highlightWords.where('words').equals('brackish').primaryKeys()).toEqual([saved.value.id]);
    await deleteHighlight(db, saved.value.id, 10);
    await purgeDeleted(db, Number.POSITIVE_INFINITY);
    expect(await db.highlightWords.count()).toBe(0);
  });

  it('finds imported notes before their rows are written, by every plan, and then by their rows', async () => {
    const db = makeDb();
    // 400 indexed notes and 400 imported ones: "river" is common (walk), "number4" a prefix of many, "number412" rare.
    await storeRecords(db, makeExportData(rivers(400)));
    const imported = await importAnnotations(db, makeExportData(rivers(400, 400), [makePageNote({ text: 'Deltas' })]));
    expect(imported.ok && imported.value.added).toBe(401);
    expect((await readPendingWords(db)).highlights).toHaveLength(400);

    const queries = ['number412', 'number41', 'river number45', 'rises', 'deltas', 'number4'];
    const pendingAnswers = await Promise.all(queries.map((q) => found(db, q)));
    expect(pendingAnswers[0]).toEqual(['h412']);
    expect(pendingAnswers[1]).toEqual(['h41', ...Array.from({ length: 10 }, (_, i) => `h41${i}`)].sort());
    expect(pendingAnswers[2]).toEqual(['h45', ...Array.from({ length: 10 }, (_, i) => `h45${i}`)].sort());
    expect(pendingAnswers[3]).toHaveLength(800);
    expect(pendingAnswers[4]).toHaveLength(1);

    expect(await catchUpWords(db)).toEqual({ ok: true, value: 401 });
    expect(await readPendingWords(db)).toEqual({ highlights: [], pageNotes: [] });
    expect(await db.highlightWords.where('words').equals('number412').primaryKeys()).toEqual(['h412']);
    // The same answers from the rows.
    expect(await Promise.all(queries.map((q) => found(db, q)))).toEqual(pendingAnswers);
  });

  it('does not trust the old row of a note an import replaced, and writes the row from the note as it is then', async () => {
    const db = makeDb();
    const copy = (note: string, counter: number) =>
      makeHighlight({ id: 'h0', quote: 'The river rises', note, clock: [['a', counter]] });
    await storeRecords(db, makeExportData([copy('alpha', 1)]));
    expect(await found(db, 'alpha')).toEqual(['h0']);
    const descendant = copy('beta', 2);
    expect((await importAnnotations(db, makeExportData([descendant]))).ok).toBe(true);
    expect(await found(db, 'alpha')).toEqual([]);
    expect(await found(db, 'beta')).toEqual(['h0']);

    // Edited here before the catch-up: the row follows the edit, not the imported copy.
    await updateHighlight(db, 'h0', { note: 'gamma' });
    await catchUpWords(db);
    expect(await db.highlightWords.get('h0')).toMatchObject({ words: expect.arrayContaining(['gamma']) });
    expect(await found(db, 'beta')).toEqual([]);
    expect(await found(db, 'gamma')).toEqual(['h0']);
  });

  it('drops a pending note purged before its row was written', async () => {
    const db = makeDb();
    await importAnnotations(db, makeExportData(rivers(2)));
    await deleteHighlight(db, 'h1', 5);
    await purgeDeleted(db, Number.POSITIVE_INFINITY);
    expect(await catchUpWords(db)).toEqual({ ok: true, value: 1 });
    expect(await db.highlightWords.toCollection().primaryKeys()).toEqual(['h0']);
  });

  it('leaves the notes pending when the disk is full, and the next catch-up resumes', async () => {
    let full = false;
    const db = makeDb();
    db.use(failWrites('highlightWords', () => full));
    await importAnnotations(db, makeExportData(rivers(10)));
    full = true;
    const failed = await catchUpWords(db);
    expect(failed).toEqual({ ok: false, error: { code: 'quota', action: 'index-words' } });
    expect((await readPendingWords(db)).highlights).toHaveLength(10);
    expect(await found(db, 'number3')).toEqual(['h3']);
    full = false;
    expect(await catchUpWords(db)).toEqual({ ok: true, value: 10 });
    expect(await db.highlightWords.count()).toBe(10);
  });

  it('runs one catch-up at a time in a context: a second call joins the first', async () => {
    const db = makeDb();
    await importAnnotations(db, makeExportData(rivers(30)));
    const [first, second] = await Promise.all([catchUpWords(db), catchUpWords(db)]);
    expect(first).toEqual({ ok: true, value: 30 });
    expect(second).toBe(first);
  });
});
