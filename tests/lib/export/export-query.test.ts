/** Choosing what to export: all notes (with or without the trash), the current search, or given notes. */
import { describe, expect, it } from 'vitest';
import { collectForExport } from '@/lib/db/export-query';
import { addPageNote, deleteHighlight, saveHighlight } from '@/lib/db/notes';
import type { CruxDb } from '@/lib/db/schema';
import { makeDb, makePage, makeSelectors } from '@/tests/lib/db/helpers';
import { storeErrorSentence } from '@/lib/strings';

/** A store with two highlights on two pages (one deleted, one about crabs) and a page note. */
async function makeStore(): Promise<{ db: CruxDb; ids: Record<'water' | 'crabs' | 'gone' | 'note', string> }> {
  const db = makeDb();
  const save = async (quote: string, url: string, now: number) => {
    const result = await saveHighlight(
      db,
      { page: makePage({ url, title: 'Tide pools' }), selectors: makeSelectors(quote), tags: ['ocean'] },
      { now },
    );
    if (!result.ok) throw new Error(storeErrorSentence(result.error));
    return result.value.id;
  };
  const water = await save('hold their water', 'https://example.com/tide-pools', 1000);
  const crabs = await save('crabs hide under rocks', 'https://example.org/crabs', 2000);
  const gone = await save('a deleted passage', 'https://example.com/tide-pools', 3000);
  await deleteHighlight(db, gone, 4000);
  const note = await addPageNote(
    db,
    { page: makePage({ url: 'https://example.com/tide-pools', title: 'Tide pools' }), text: 'Read again' },
    { now: 5000 },
  );
  if (!note.ok) throw new Error(storeErrorSentence(note.error));
  return { db, ids: { water, crabs, gone, note: note.value.id } };
}

describe('collectForExport', () => {
  it('exports every live note, oldest first, with their pages', async () => {
    const { db, ids } = await makeStore();
    const result = await collectForExport(db);
    if (!result.ok) throw new Error(storeErrorSentence(result.error));
    expect(result.value.highlights.map((h) => h.id)).toEqual([ids.water, ids.crabs]);
    expect(result.value.pageNotes.map((n) => n.id)).toEqual([ids.note]);
    expect(result.value.pages.map((p) => p.key)).toEqual([
      'https://example.com/tide-pools',
      'https://example.org/crabs',
    ]);
  });

  it('includes the trash when a full backup asks for it', async () => {
    const { db, ids } = await makeStore();
    const result = await collectForExport(db, { kind: 'all', includeDeleted: true });
    expect(result.ok && result.value.highlights.map((h) => h.id)).toEqual([ids.water, ids.crabs, ids.gone]);
  });

  it('exports every note matching the current search and filters', async () => {
    const { db, ids } = await makeStore();
    const crabs = await collectForExport(db, { kind: 'search', query: 'crabs', filters: {} });
    expect(crabs.ok && crabs.value.highlights.map((h) => h.id)).toEqual([ids.crabs]);
    expect(crabs.ok && crabs.value.pages.map((p) => p.key)).toEqual(['https://example.org/crabs']);
    const everything = await collectForExport(db, { kind: 'search', query: '' });
    expect(everything.ok && [everything.value.highlights.length, everything.value.pageNotes.length]).toEqual([2, 1]);
    const onSite = await collectForExport(db, { kind: 'search', query: '', filters: { site: 'example.com' } });
    expect(onSite.ok && [onSite.value.highlights.map((h) => h.id), onSite.value.pageNotes.map((n) => n.id)]).toEqual([
      [ids.water],
      [ids.note],
    ]);
  });

  it('exports the given notes, skipping deleted and unknown ids', async () => {
    const { db, ids } = await makeStore();
    const result = await collectForExport(db, {
      kind: 'notes',
      highlightIds: [ids.crabs, ids.gone, 'no-such-id'],
      pageNoteIds: [],
    });
    expect(result.ok && result.value.highlights.map((h) => h.id)).toEqual([ids.crabs]);
  });
});
