/**
 * Merging an imported file into the store: by id and revision (a copy replaces a note only when it descends from
 * it; changed in both places, both versions are kept), deletions count as changes, pages are created or widened,
 * and a failure anywhere leaves the store as it was.
 */
import { describe, expect, it } from 'vitest';
import type { ExportData } from '@/lib/db/export-query';
import { importAnnotations } from '@/lib/db/import';
import { saveHighlight, updateHighlight } from '@/lib/db/notes';
import type { CruxDb } from '@/lib/db/schema';
import { parseAnnotationFile } from '@/lib/export/parse-annotations';
import { serializeWebAnnotations, toWebAnnotations } from '@/lib/export/web-annotation';
import { failWrites } from '@/tests/lib/db/disk-full';
import { makeDb, makePage, makeSelectors } from '@/tests/lib/db/helpers';
import { makeHighlight, storeRecords } from '@/tests/factories';
import { searchNotes } from '@/lib/db/search';
import { catchUpWords } from '@/lib/db/word-index';
import { makeExportData, makePageNote, makePageRecord, readFixture, snapshot } from './make-notes';
import type { StoreError } from '@/lib/db/errors';
import type { ImportError } from '@/lib/export/parse-annotations';
import { importErrorSentence, storeErrorSentence } from '@/lib/strings';

/** Stores records directly (as if saved earlier). */
async function seed(db: CruxDb, data: ExportData): Promise<void> {
  await storeRecords(db, data);
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

/** Two profiles' device ids, as their stores would name them. */
const HERE = 'aaaaaaaa-0000-4000-8000-000000000001';
const THERE = 'bbbbbbbb-0000-4000-8000-000000000002';

/** A version vector and the revision of its latest change (the first entry's device unless said). */
function rev(clock: [string, number][], latest = clock[0]![0]) {
  return { clock, revision: { device: latest, counter: clock.find(([d]) => d === latest)![1] } };
}

/** A day in May 2024. */
const day = (n: number) => Date.UTC(2024, 4, n);

describe('merging by revision', () => {
  it('does not overwrite a local edit with a copy it descends from (an older export)', async () => {
    const db = makeDb();
    const local = makeHighlight({ id: ID, note: 'edited here', modified: day(5), ...rev([[HERE, 2]]) });
    await seed(db, makeExportData([local]));
    const older = makeHighlight({ id: ID, note: 'old copy', modified: day(3), ...rev([[HERE, 1]]) });
    const result = await importFile(db, fileOf(makeExportData([older])));
    expect(result).toEqual({ ok: true, value: { added: 0, updated: 0, merged: 0, unchanged: 1 } });
    expect((await db.highlights.get(ID))!.note).toBe('edited here');
  });

  it('replaces a note with a copy that descends from it, index words included, whatever the dates say', async () => {
    const db = makeDb();
    await seed(
      db,
      makeExportData([makeHighlight({ id: ID, note: 'first thought', modified: day(9), ...rev([[HERE, 1]]) })]),
    );
    const descendant = makeHighlight({
      id: ID,
      note: 'second thought',
      tags: ['revised'],
      colour: 'disagree',
      // Made on a device whose clock runs behind: the date is earlier, the revision still descends.
      modified: day(2),
      ...rev(
        [
          [HERE, 1],
          [THERE, 1],
        ],
        THERE,
      ),
    });
    const result = await importFile(db, fileOf(makeExportData([descendant])));
    expect(result).toEqual({ ok: true, value: { added: 0, updated: 1, merged: 0, unchanged: 0 } });
    expect(await db.highlights.get(ID)).toMatchObject({
      note: 'second thought',
      tags: ['revised'],
      colour: 'disagree',
    });
    // Found by the store's search at once (from the note's own words, its row pending), then by its row.
    const found = await searchNotes(db, 'revised');
    expect(found.ok && found.value.hits.map((hit) => hit.note.id)).toEqual([ID]);
    expect(await catchUpWords(db)).toEqual({ ok: true, value: 1 });
    expect(await db.highlightWords.where('words').equals('revised').primaryKeys()).toEqual([ID]);
    expect(await db.highlightWords.where('words').equals('first').primaryKeys()).toEqual([]);
  });

  it('keeps both versions when the note changed here and in the file, and a second import changes nothing', async () => {
    const db = makeDb();
    const here = makeHighlight({ id: ID, note: 'edited here', tags: ['mine'], modified: day(5), ...rev([[HERE, 2]]) });
    await seed(db, makeExportData([here]));
    const there = makeHighlight({
      id: ID,
      note: 'edited there',
      tags: ['theirs'],
      colour: 'question',
      modified: day(4),
      ...rev(
        [
          [HERE, 1],
          [THERE, 1],
        ],
        THERE,
      ),
    });
    const file = fileOf(makeExportData([there]));
    expect(await importFile(db, file)).toEqual({ ok: true, value: { added: 0, updated: 0, merged: 1, unchanged: 0 } });
    const merged = (await db.highlights.get(ID))!;
    expect(merged.note).toBe('edited here\n\n— Also in the imported copy (changed 2024-05-04):\nedited there');
    expect(merged.tags).toEqual(['mine', 'theirs']);
    expect(merged.colour).toBe('key');
    expect(merged.deletedAt).toBeUndefined();
    const before = await snapshot(db);
    expect(await importFile(db, file)).toEqual({ ok: true, value: { added: 0, updated: 0, merged: 0, unchanged: 1 } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps the stored copy when the same file is imported twice', async () => {
    const db = makeDb();
    const file = fileOf(makeExportData([makeHighlight({ id: ID })], [makePageNote()]));
    expect(await importFile(db, file)).toEqual({ ok: true, value: { added: 2, updated: 0, merged: 0, unchanged: 0 } });
    const before = await snapshot(db);
    expect(await importFile(db, file)).toEqual({ ok: true, value: { added: 0, updated: 0, merged: 0, unchanged: 2 } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('does not bring back a note deleted here by a copy the deletion descends from', async () => {
    const db = makeDb();
    await seed(
      db,
      makeExportData([makeHighlight({ id: ID, modified: day(9), deletedAt: day(9), ...rev([[HERE, 2]]) })]),
    );
    const older = makeHighlight({ id: ID, modified: day(5), ...rev([[HERE, 1]]) });
    const result = await importFile(db, fileOf(makeExportData([older])));
    expect(result).toEqual({ ok: true, value: { added: 0, updated: 0, merged: 0, unchanged: 1 } });
    expect((await db.highlights.get(ID))!.deletedAt).toBe(day(9));
  });

  it('brings back a note deleted here when the file edited it meanwhile: an edit wins over a deletion', async () => {
    const db = makeDb();
    await seed(
      db,
      makeExportData([makeHighlight({ id: ID, modified: day(5), deletedAt: day(5), ...rev([[HERE, 2]]) })]),
    );
    const edited = makeHighlight({
      id: ID,
      note: 'kept it after all',
      modified: day(4),
      ...rev(
        [
          [HERE, 1],
          [THERE, 1],
        ],
        THERE,
      ),
    });
    await importFile(db, fileOf(makeExportData([edited])));
    const stored = (await db.highlights.get(ID))!;
    expect(stored.deletedAt).toBeUndefined();
    expect(stored.note).toBe('kept it after all');
  });

  it('deletes a live note when the file has a deletion that descends from it', async () => {
    const db = makeDb();
    await seed(db, makeExportData([], [{ ...makePageNote({ id: ID, modified: day(2) }), ...rev([[HERE, 1]]) }]));
    const deleted = {
      ...makePageNote({ id: ID, modified: day(7), deletedAt: day(7) }),
      ...rev(
        [
          [HERE, 1],
          [THERE, 1],
        ],
        THERE,
      ),
    };
    await importFile(db, fileOf(makeExportData([], [deleted])));
    expect((await db.pageNotes.get(ID))!.deletedAt).toBe(day(7));
  });

  it('never lets a file dated 9999 win over a later local edit, however often it is imported', async () => {
    const db = makeDb();
    const now = Date.UTC(2025, 0, 10);
    const farFuture = JSON.stringify({
      id: 'https://hypothes.is/a/far-future',
      target: [{ source: 'https://example.com/a', selector: [{ type: 'TextQuoteSelector', exact: 'tides turn' }] }],
      text: 'from the file',
      updated: '9999-12-31T00:00:00Z',
    });
    const first = parseAnnotationFile(farFuture, { now });
    if (!first.ok) throw new Error(importErrorSentence(first.error));
    expect(first.value.highlights[0]!.modified).toBe(now + 24 * 60 * 60 * 1000);
    await importAnnotations(db, first.value);
    const id = first.value.highlights[0]!.id;
    const edited = await updateHighlight(db, id, { note: 'my later edit' }, now + 1000);
    expect(edited.ok).toBe(true);
    for (let i = 0; i < 2; i++) {
      const again = parseAnnotationFile(farFuture, { now: now + 2000 });
      if (!again.ok) throw new Error(importErrorSentence(again.error));
      expect(await importAnnotations(db, again.value)).toEqual({
        ok: true,
        value: { added: 0, updated: 0, merged: 0, unchanged: 1 },
      });
    }
    expect((await db.highlights.get(id))!.note).toBe('my later edit');
  });

  it("creates the pages of new notes with the title from the file, and keeps an existing page's own title", async () => {
    const db = makeDb();
    const known = makeHighlight({ url: 'https://example.com/known' });
    await seed(db, {
      pages: [
        makePageRecord(known.pageKey, 'Title here', {
          urls: ['https://example.com/known'],
          firstSeen: day(5),
          lastSeen: day(5),
        }),
      ],
      highlights: [known],
      pageNotes: [],
    });
    const onKnown = makeHighlight({
      url: 'https://example.com/known?ref=feed',
      pageKey: known.pageKey,
      created: day(1),
    });
    const onNew = makeHighlight({ url: 'https://example.com/new' });
    await importFile(
      db,
      fileOf(makeExportData([onKnown, onNew], [], { [known.pageKey]: 'Title in file', [onNew.pageKey]: 'A new page' })),
    );
    expect(await db.pages.get(known.pageKey)).toMatchObject({
      title: 'Title here',
      urls: ['https://example.com/known', 'https://example.com/known?ref=feed'],
      firstSeen: day(1),
      lastSeen: day(5),
    });
    expect(await db.pages.get(onNew.pageKey)).toMatchObject({
      title: 'A new page',
      site: 'example.com',
      words: ['a', 'new', 'page'],
    });
  });

  it('takes an edit made on another device to a note saved here', async () => {
    const db = makeDb();
    const saved = await saveHighlight(
      db,
      { page: makePage(), selectors: makeSelectors('hold their water') },
      { now: day(1) },
    );
    if (!saved.ok) throw new Error(storeErrorSentence(saved.error));
    const clock = [...saved.value.clock!, [THERE, 1] as const].sort(([a], [b]) => (a < b ? -1 : 1));
    const exported = fileOf(
      makeExportData([
        { ...saved.value, note: 'from my laptop', modified: day(2), clock, revision: { device: THERE, counter: 1 } },
      ]),
    );
    expect(await importFile(db, exported)).toEqual({
      ok: true,
      value: { added: 0, updated: 1, merged: 0, unchanged: 0 },
    });
    expect((await db.highlights.get(saved.value.id))!.note).toBe('from my laptop');
  });

  it('decides the same for a large file (its stored copies found by key first) as for a small one', async () => {
    const db = makeDb();
    const notes = Array.from({ length: 700 }, (_, i) =>
      makeHighlight({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, ...rev([[THERE, 1]]) }),
    );
    // 300 of them are here already: 100 as they are, 100 edited here (concurrent), 100 older than the file's.
    await storeRecords(
      db,
      makeExportData([
        ...notes.slice(0, 100),
        ...notes.slice(100, 200).map((n) => ({ ...n, note: 'edited here', ...rev([[HERE, 1]]) })),
        ...notes.slice(200, 300).map((n) => ({ ...n, ...rev([[THERE, 0]]), clock: [] })),
      ]),
    );
    const file = fileOf(makeExportData(notes.map((n, i) => (i < 100 ? n : { ...n, note: 'from there' }))));
    expect(await importFile(db, file)).toEqual({
      ok: true,
      value: { added: 400, updated: 100, merged: 100, unchanged: 100 },
    });
    expect((await db.highlights.get(notes[150]!.id))!.note).toContain('edited here');
    expect((await db.highlights.get(notes[150]!.id))!.note).toContain('from there');
    expect(await db.highlights.count()).toBe(700);
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
