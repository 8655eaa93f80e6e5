/** Recording where a page found its highlights, for the library's "not found" mark. */
import { describe, expect, it } from 'vitest';
import { isNotFound, recordAnchorOutcome } from '@/lib/db/anchor-status';
import { saveHighlight } from '@/lib/db/notes';
import { makeDb, makePage, makeSelectors } from './helpers';
import { storeErrorSentence } from '@/lib/strings';

const PAGE_KEY = 'https://example.com/articles/tide-pools';

async function twoHighlights() {
  const db = makeDb();
  const saved = await Promise.all(
    ['tide pools', 'small ocean'].map((q, i) =>
      saveHighlight(db, { page: makePage(), selectors: makeSelectors(q, i * 50) }, { now: 1000 }),
    ),
  );
  const [a, b] = saved.map((r) => (r.ok ? r.value : null));
  if (!a || !b) throw new Error('saving failed');
  return { db, a, b };
}

describe('recordAnchorOutcome', () => {
  it('marks highlights not found and leaves their modified time alone', async () => {
    const { db, a, b } = await twoHighlights();
    const result = await recordAnchorOutcome(db, { pageKey: PAGE_KEY, placed: [a.id], notFound: [b.id] }, 5000);
    expect(result).toEqual({ ok: true, value: 1 });
    const [storedA, storedB] = await db.highlights.bulkGet([a.id, b.id]);
    expect(isNotFound(storedA!)).toBe(false);
    expect(isNotFound(storedB!)).toBe(true);
    expect(storedB!.modified).toBe(1000);
  });

  it('clears the mark when the passage is found again, and writes nothing when nothing changed', async () => {
    const { db, a, b } = await twoHighlights();
    await recordAnchorOutcome(db, { pageKey: PAGE_KEY, placed: [a.id], notFound: [b.id] });
    expect(await recordAnchorOutcome(db, { pageKey: PAGE_KEY, placed: [a.id], notFound: [b.id] })).toEqual({
      ok: true,
      value: 0,
    });
    expect(await recordAnchorOutcome(db, { pageKey: PAGE_KEY, placed: [a.id, b.id], notFound: [] })).toEqual({
      ok: true,
      value: 1,
    });
    expect(isNotFound((await db.highlights.get(b.id))!)).toBe(false);
  });

  it('ignores ids of highlights on another page', async () => {
    const { db, a } = await twoHighlights();
    expect(
      await recordAnchorOutcome(db, { pageKey: 'https://other.example/page', placed: [], notFound: [a.id] }),
    ).toEqual({ ok: true, value: 0 });
    expect(isNotFound((await db.highlights.get(a.id))!)).toBe(false);
  });

  it('says in a sentence that nothing was recorded when the database is closed', async () => {
    const { db, a } = await twoHighlights();
    db.close();
    const result = await recordAnchorOutcome(db, { pageKey: PAGE_KEY, placed: [], notFound: [a.id] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(storeErrorSentence(result.error)).toMatch(/was not recorded/);
  });
});
