/**
 * Merging an imported file into the store: by id, the later `modified` wins, deletions count as changes, pages are
 * created or widened, and a failure anywhere leaves the store as it was.
 */
import { describe, expect, it } from 'vitest';
import type { ExportData } from '@/lib/db/export-query';
import { importAnnotations } from '@/lib/db/import';
import { saveHighlight } from '@/lib/db/notes';
import type { CruxDb } from '@/lib/db/schema';
import { parseAnnotationFile } from '@/lib/export/parse-annotations';
import { serializeWebAnnotations, toWebAnnotations } from '@/lib/export/web-annotation';
import { failWrites } from '@/tests/lib/db/disk-full';
import { makeDb, makePage, makeSelectors } from '@/tests/lib/db/helpers';
import { makeHighlight } from '@/tests/factories';
import { makeExportData, makePageNote, makePageRecord, readFixture, snapshot } from './make-notes';
import type { StoreError } from '@/lib/db/errors';
import type { ImportError } from '@/lib/export/parse-annotations';
import { importErrorSentence, storeErrorSentence } from '@/lib/strings';

/** Stores records directly (as if saved earlier). */
async function seed(db: CruxDb, data: ExportData): Promise<void> {
  await db.transaction('rw', db.pages, db.highlights, db.pageNotes, async () => {
    await db.pages.bulkPut(data.pages);
    await db.highlights.bulkPut(data.highlights);
    await db.pageNotes.bulkPut(data.pageNotes);
  });
}

/** Exports notes to a file's text and imports that text, as the library page will. */
async function importFile(db: CruxDb, text: string) {
  const batch = parseAnnotationFile(text);
  if (!batch.ok) return batch;
  return importAnnotations(db, batch.value);
}

/** The reader's sentence for a refused file or a failed merge. */
function sentenceOf(error: ImportError | StoreError): string {
  return 'action' in error ? storeErrorSentence(error) : importErrorSentence(error);
}

/** The file for some notes. */
function fileOf(data: ExportData): string {
  return serializeWebAnnotations(toWebAnnotations(data, { now: 0 }));
}

const ID = '11111111-2222-4333-8444-555555555555';

describe('merging by id', () => {
  it('does not overwrite a note with an older copy', async () => {
    const db = makeDb();
    const local = makeHighlight({ id: ID, note: 'edited here', created: 1000, modified: 5000 });
    await seed(db, makeExportData([local]));
    const result = await importFile(
      db,
      fileOf(makeExportData([makeHighlight({ id: ID, note: 'old copy', created: 1000, modified: 3000 })])),
    );
    expect(result).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 1 } });
    expect((await db.highlights.get(ID))!.note).toBe('edited here');
  });

  it('replaces a note with a newer copy, index words included', async () => {
    const db = makeDb();
    await seed(db, makeExportData([makeHighlight({ id: ID, note: 'first thought', created: 1000, modified: 2000 })]));
    const result = await importFile(
      db,
      fileOf(
        makeExportData([
          makeHighlight({
            id: ID,
            note: 'second thought',
            tags: ['revised'],
            colour: 'disagree',
            created: 1000,
            modified: 4000,
          }),
        ]),
      ),
    );
    expect(result).toEqual({ ok: true, value: { added: 0, updated: 1, unchanged: 0 } });
    const stored = await db.highlights.get(ID);
    expect(stored).toMatchObject({ note: 'second thought', tags: ['revised'], colour: 'disagree', modified: 4000 });
    expect(await db.highlights.where('words').equals('revised').primaryKeys()).toEqual([ID]);
  });

  it('keeps the stored copy on a tie, so importing the same file twice changes nothing', async () => {
    const db = makeDb();
    const file = fileOf(makeExportData([makeHighlight({ id: ID })], [makePageNote()]));
    expect(await importFile(db, file)).toEqual({ ok: true, value: { added: 2, updated: 0, unchanged: 0 } });
    const before = await snapshot(db);
    expect(await importFile(db, file)).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 2 } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('does not bring back a note deleted here by an older live copy', async () => {
    const db = makeDb();
    await seed(db, makeExportData([makeHighlight({ id: ID, created: 1000, modified: 9000, deletedAt: 9000 })]));
    const result = await importFile(
      db,
      fileOf(makeExportData([makeHighlight({ id: ID, created: 1000, modified: 5000 })])),
    );
    expect(result).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 1 } });
    expect((await db.highlights.get(ID))!.deletedAt).toBe(9000);
  });

  it('brings back a deleted note edited elsewhere after the deletion', async () => {
    const db = makeDb();
    await seed(db, makeExportData([makeHighlight({ id: ID, created: 1000, modified: 5000, deletedAt: 5000 })]));
    await importFile(
      db,
      fileOf(makeExportData([makeHighlight({ id: ID, note: 'kept it after all', created: 1000, modified: 9000 })])),
    );
    const stored = await db.highlights.get(ID);
    expect(stored!.deletedAt).toBeUndefined();
    expect(stored!.note).toBe('kept it after all');
  });

  it('deletes a live note when the file has a later deletion of it', async () => {
    const db = makeDb();
    await seed(db, makeExportData([], [makePageNote({ id: ID, created: 1000, modified: 2000 })]));
    await importFile(
      db,
      fileOf(makeExportData([], [makePageNote({ id: ID, created: 1000, modified: 7000, deletedAt: 7000 })])),
    );
    expect((await db.pageNotes.get(ID))!.deletedAt).toBe(7000);
  });

  it("creates the pages of new notes with the title from the file, and keeps an existing page's own title", async () => {
    const db = makeDb();
    const known = makeHighlight({ url: 'https://example.com/known' });
    await seed(db, {
      pages: [
        makePageRecord(known.pageKey, 'Title here', {
          urls: ['https://example.com/known'],
          firstSeen: 5000,
          lastSeen: 5000,
        }),
      ],
      highlights: [known],
      pageNotes: [],
    });
    const onKnown = makeHighlight({ url: 'https://example.com/known?ref=feed', pageKey: known.pageKey, created: 1000 });
    const onNew = makeHighlight({ url: 'https://example.com/new' });
    await importFile(
      db,
      fileOf(makeExportData([onKnown, onNew], [], { [known.pageKey]: 'Title in file', [onNew.pageKey]: 'A new page' })),
    );
    expect(await db.pages.get(known.pageKey)).toMatchObject({
      title: 'Title here',
      urls: ['https://example.com/known', 'https://example.com/known?ref=feed'],
      firstSeen: 1000,
      lastSeen: 5000,
    });
    expect(await db.pages.get(onNew.pageKey)).toMatchObject({
      title: 'A new page',
      site: 'example.com',
      words: ['a', 'new', 'page'],
    });
  });

  it('merges with notes the reader saved in Crux', async () => {
    const db = makeDb();
    const saved = await saveHighlight(
      db,
      { page: makePage(), selectors: makeSelectors('hold their water') },
      { now: 1000 },
    );
    if (!saved.ok) throw new Error(storeErrorSentence(saved.error));
    const exported = fileOf(makeExportData([{ ...saved.value, note: 'from my laptop', modified: 2000 }]));
    expect(await importFile(db, exported)).toEqual({ ok: true, value: { added: 0, updated: 1, unchanged: 0 } });
    expect((await db.highlights.get(saved.value.id))!.note).toBe('from my laptop');
  });
});

describe('all or nothing', () => {
  it.each([
    ['a corrupt (cut-off) file', readFixture('expected.jsonld').slice(0, 3000)],
    ['a file with one bad item among good ones', readFixture('one-bad-item.json')],
    ['an unrelated JSON file', readFixture('unrelated-package.json')],
    ['an empty file', ''],
    ['a file that is not JSON', 'title,quote\nTide pools,hold their water'],
  ])('writes nothing for %s and says why', async (_name, text) => {
    const db = makeDb();
    await seed(db, makeExportData([makeHighlight({ id: ID })]));
    const before = await snapshot(db);
    const result = await importFile(db, text);
    expect(result.ok).toBe(false);
    expect(!result.ok && sentenceOf(result.error)).toMatch(/^(This file|Nothing was imported)/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing when the disk fills up halfway, and says so plainly', async () => {
    const db = makeDb();
    const diskFull = { now: false };
    db.use(failWrites('pageNotes', () => diskFull.now));
    await seed(db, makeExportData([makeHighlight({ id: ID })]));
    const before = await snapshot(db);
    diskFull.now = true;
    const result = await importFile(
      db,
      fileOf(makeExportData([makeHighlight({ url: 'https://example.com/other' })], [makePageNote()])),
    );
    expect(result).toEqual({ ok: false, error: { code: 'quota', action: 'import' } });
    expect(!result.ok && sentenceOf(result.error)).toBe(
      'Your disk is full, so nothing was imported. Free some space and try again — your other notes are safe.',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});
