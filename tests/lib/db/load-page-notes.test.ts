/** Loading a page's notes (the background's `loadPageNotes`): a round trip through the store. */
import { describe, expect, it } from 'vitest';
import { loadPageNotes, saveHighlight } from '@/lib/db/notes';
import { makeDb, makePage, makeSelectors } from './helpers';

describe('loadPageNotes', () => {
  it('saves a highlight and loads it back for the page, under any URL variant', async () => {
    const db = makeDb();
    const saved = await saveHighlight(db, { page: makePage(), selectors: makeSelectors('a quote'), note: 'why' });
    expect(saved.ok).toBe(true);
    const loaded = await loadPageNotes(db, { url: 'https://example.com/articles/tide-pools#top', title: 'Tide pools' });
    expect(loaded.ok && loaded.value.highlights.map((h) => h.note)).toEqual(['why']);
    expect(loaded.ok && loaded.value.pageKey).toBe('https://example.com/articles/tide-pools');
  });

  it('loads empty lists for a page with nothing stored', async () => {
    const loaded = await loadPageNotes(makeDb(), { url: 'https://new.example/', title: '' });
    expect(loaded).toEqual({ ok: true, value: { pageKey: 'https://new.example/', highlights: [], notes: [] } });
  });
});
