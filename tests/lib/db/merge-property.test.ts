/**
 * The merge promise, checked property-style: for any sequence of local edits, deletes, undos, exports and imports
 * between two profiles — with clocks that run fast, slow or decades ahead, files dated 9999, and files from an
 * older Crux that carry no revisions — no edit made in this profile is lost, unless an import whose copy descends
 * from it replaced it (and a descendant carries it: every edit here appends to the note, so "carried" is "its
 * text is still in the note").
 *
 * Runs 200 sequences in `npm test`; `FC_RUNS=10000 npx vitest run tests/lib/db/merge-property.test.ts` runs more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectForExport } from '@/lib/db/export-query';
import { importAnnotations } from '@/lib/db/import';
import { deleteHighlight, restoreHighlight, saveHighlight, updateHighlight } from '@/lib/db/notes';
import type { CruxDb } from '@/lib/db/schema';
import { searchNotes } from '@/lib/db/search';
import { catchUpWords } from '@/lib/db/word-index';
import { parseAnnotationFile } from '@/lib/export/parse-annotations';
import { serializeWebAnnotations, toWebAnnotations } from '@/lib/export/web-annotation';
import { importErrorSentence, storeErrorSentence } from '@/lib/strings';
import { makeDb, makePage, makeSelectors } from './helpers';

/** How many sequences to try: 200 in `npm test`, more with `FC_RUNS`. */
const RUNS = Number(process.env.FC_RUNS ?? 200);

/** The two profiles: `here` is the one whose edits must survive, `there` another device. */
type Profile = 'here' | 'there';

/** How a file is altered on its way between profiles. */
type FileKind =
  /** As exported. */
  | 'as-is'
  /** As an older Crux wrote it: no `crux:clock` or `crux:revision`. */
  | 'older-crux'
  /** Every date in it set to 9999-12-31. */
  | 'far-future';

/** One step a reader (or a device) takes. */
type Step =
  | { kind: 'edit'; on: Profile }
  | { kind: 'delete'; on: Profile }
  | { kind: 'undo'; on: Profile }
  | { kind: 'export'; on: Profile; withDeleted: boolean; file: FileKind }
  | { kind: 'import'; on: Profile; pick: number };

const profile = fc.constantFrom<Profile>('here', 'there');
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), on: profile }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), on: profile }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), on: profile }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('export' as const),
      on: profile,
      withDeleted: fc.boolean(),
      file: fc.constantFrom<FileKind>('as-is', 'as-is', 'older-crux', 'far-future'),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('import' as const), on: profile, pick: fc.nat() }) },
);

/** Clock offsets of a device: right, an hour fast, an hour slow, ten years ahead. */
const HOUR = 60 * 60 * 1000;
const skew = fc.constantFrom(0, HOUR, -HOUR, 10 * 365 * 24 * HOUR);

/** A file with its dates or revisions altered. */
function alter(text: string, kind: FileKind): string {
  if (kind === 'as-is') return text;
  const collection = JSON.parse(text) as { first: { items: Record<string, unknown>[] } };
  for (const item of collection.first.items) {
    if (kind === 'older-crux') {
      delete item['crux:clock'];
      delete item['crux:revision'];
    } else {
      item.modified = '9999-12-31T00:00:00.000Z';
      item.created = '9999-12-31T00:00:00.000Z';
    }
  }
  return JSON.stringify(collection);
}

/** Fails the property with the store's sentence. */
function must<T>(result: { ok: true; value: T } | { ok: false; error: Parameters<typeof storeErrorSentence>[0] }): T {
  if (!result.ok) throw new Error(storeErrorSentence(result.error));
  return result.value;
}

describe('merging never loses an edit made here', () => {
  it('keeps every edit made here through any edits, deletes, undos, exports and imports on two devices', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 24 }), skew, skew, async (steps, skewHere, skewThere) => {
        const dbs: Record<Profile, CruxDb> = { here: makeDb(), there: makeDb() };
        const skews: Record<Profile, number> = { here: skewHere, there: skewThere };
        let tick = Date.UTC(2025, 0, 1);
        const now = (on: Profile): number => (tick += 1000) + skews[on];
        const saved = must(
          await saveHighlight(
            dbs.here,
            { page: makePage(), selectors: makeSelectors('hold their water'), note: '<0>' },
            { now: now('here') },
          ),
        );
        const id = saved.id;
        const madeHere = ['<0>'];
        const files: string[] = [];
        let token = 0;
        try {
          for (const s of steps) {
            const db = dbs[s.on];
            const current = await db.highlights.get(id);
            if (s.kind === 'edit') {
              if (!current || current.deletedAt !== undefined) continue;
              const mark = `<${++token}>`;
              must(await updateHighlight(db, id, { note: `${current.note} ${mark}`.trim() }, now(s.on)));
              if (s.on === 'here') madeHere.push(mark);
            } else if (s.kind === 'delete') {
              if (current && current.deletedAt === undefined) must(await deleteHighlight(db, id, now(s.on)));
            } else if (s.kind === 'undo') {
              if (current && current.deletedAt !== undefined) must(await restoreHighlight(db, id, now(s.on)));
            } else if (s.kind === 'export') {
              const data = must(await collectForExport(db, { kind: 'all', includeDeleted: s.withDeleted }));
              files.push(alter(serializeWebAnnotations(toWebAnnotations(data, { now: now(s.on) })), s.file));
            } else if (files.length > 0) {
              const batch = parseAnnotationFile(files[s.pick % files.length]!, { now: now(s.on) });
              if (!batch.ok) throw new Error(importErrorSentence(batch.error));
              must(await importAnnotations(db, batch.value));
            }
          }
          const final = await dbs.here.highlights.get(id);
          for (const mark of madeHere) expect(final?.note, `edit ${mark} made here`).toContain(mark);
          // The store's search agrees with the note as it now is, while its word row is pending and once written:
          // found by each edit's word it holds, and not by a word an earlier version held.
          for (const db of Object.values(dbs)) {
            for (const phase of ['pending', 'written']) {
              if (phase === 'written') must(await catchUpWords(db));
              const note = await db.highlights.get(id);
              const live = note !== undefined && note.deletedAt === undefined;
              for (let mark = 0; mark <= token; mark++) {
                const result = must(await searchNotes(db, `${mark} `));
                const found = result.hits.some((hit) => hit.note.id === id);
                const holds = live && note.words.includes(String(mark));
                expect(found, `search for edit <${mark}> (${phase})`).toBe(holds);
              }
            }
          }
        } finally {
          for (const db of Object.values(dbs)) {
            db.close();
            await db.delete();
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
