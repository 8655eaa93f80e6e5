/**
 * Export → import is lossless: notes with awkward text, written as a Web Annotation file and read back into an
 * empty store, come back equal field by field (ids, quote, selectors, note, tags, colour, times, deletion, page
 * key, site and title).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportData } from '@/lib/db/export-query';
import { importAnnotations } from '@/lib/db/import';
import { parseAnnotationFile } from '@/lib/export/parse-annotations';
import { serializeWebAnnotations, toWebAnnotations } from '@/lib/export/web-annotation';
import { makeDb } from '@/tests/lib/db/helpers';
import { exportData } from './arbitraries';
import { snapshot } from './make-notes';
import { importErrorSentence, storeErrorSentence } from '@/lib/strings';

/** Generated runs of the property; with up to 50 notes each, about 5,000 notes in all. */
const PROPERTY_RUNS = 200;

/** Exports some notes, imports the file into a new store and returns what the store then holds. */
async function roundTrip(data: ExportData) {
  const file = serializeWebAnnotations(toWebAnnotations(data, { now: Date.UTC(2025, 0, 1) }));
  const batch = parseAnnotationFile(file);
  if (!batch.ok) throw new Error(importErrorSentence(batch.error));
  const db = makeDb();
  const imported = await importAnnotations(db, batch.value);
  if (!imported.ok) throw new Error(storeErrorSentence(imported.error));
  const stored = await snapshot(db);
  db.close();
  await db.delete();
  return { stored, summary: imported.value };
}

/** Checks that the store holds exactly the exported notes and pages. */
function expectSameNotes(stored: Awaited<ReturnType<typeof roundTrip>>['stored'], data: ExportData): void {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(stored.highlights).toEqual(byId(data.highlights));
  expect(stored.pageNotes).toEqual(byId(data.pageNotes));
  const pageFields = ({ key, site, title, words }: ExportData['pages'][number]) => ({ key, site, title, words });
  expect(stored.pages.map(pageFields)).toEqual(
    [...data.pages].sort((a, b) => (a.key < b.key ? -1 : 1)).map(pageFields),
  );
}

describe('export → import round trip', () => {
  it('brings back every generated note unchanged, awkward text included', async () => {
    await fc.assert(
      fc.asyncProperty(exportData(50), async (data) => {
        const { stored, summary } = await roundTrip(data);
        expectSameNotes(stored, data);
        expect(summary).toEqual({
          added: data.highlights.length + data.pageNotes.length,
          updated: 0,
          merged: 0,
          unchanged: 0,
        });
      }),
      { numRuns: PROPERTY_RUNS },
    );
  }, 120_000);

  it('brings back 3,000 notes over many pages in one file', async () => {
    const [data] = fc.sample(exportData(3000), { numRuns: 1, seed: 20240501 });
    // One sample of a 3,000-note arbitrary can be small; grow it to 3,000+ by repeating its pages' notes with new ids.
    const big: ExportData = { ...data!, highlights: [...data!.highlights], pageNotes: [...data!.pageNotes] };
    let copy = 0;
    while (big.highlights.length + big.pageNotes.length < 3000) {
      copy++;
      big.highlights.push(
        ...data!.highlights.map((h) => ({ ...h, id: crypto.randomUUID(), created: h.created + copy })),
      );
      big.pageNotes.push(...data!.pageNotes.map((n) => ({ ...n, id: crypto.randomUUID() })));
      if (data!.highlights.length + data!.pageNotes.length === 0) break;
    }
    expect(big.highlights.length + big.pageNotes.length).toBeGreaterThanOrEqual(3000);
    const { stored } = await roundTrip(big);
    expectSameNotes(stored, big);
  }, 120_000);
});
