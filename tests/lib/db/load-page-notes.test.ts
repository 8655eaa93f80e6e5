/** The notes messages: every message has a handler, and a round trip through the handlers works. */
import { describe, expect, it } from 'vitest';
import { createNotesHandlers, type NotesProtocol } from '@/lib/db/protocol';
import { makeDb, makePage, makeSelectors } from './helpers';

/** Every message name, listed by hand: adding a message without a handler fails here and in the type checker. */
const MESSAGES: (keyof NotesProtocol)[] = [
  'saveHighlight', 'updateHighlight', 'deleteHighlight', 'restoreHighlight', 'addPageNote', 'updatePageNote',
  'deletePageNote', 'restorePageNote', 'loadPageNotes', 'searchNotes', 'getSiteSettings', 'setSiteAutoShow',
];

describe('notes handlers', () => {
  it('has a handler for every message', () => {
    expect(Object.keys(createNotesHandlers(makeDb())).sort()).toEqual([...MESSAGES].sort());
  });

  it('saves a highlight and loads it back for the page, under any URL variant', async () => {
    const handlers = createNotesHandlers(makeDb());
    const saved = await handlers.saveHighlight({ page: makePage(), selectors: makeSelectors('a quote'), note: 'why' });
    expect(saved.ok).toBe(true);
    const loaded = await handlers.loadPageNotes({ url: 'https://example.com/articles/tide-pools#top', title: 'Tide pools' });
    expect(loaded.ok && loaded.value.highlights.map((h) => h.note)).toEqual(['why']);
    expect(loaded.ok && loaded.value.pageKey).toBe('https://example.com/articles/tide-pools');
  });

  it('loads empty lists for a page with nothing stored', async () => {
    const loaded = await createNotesHandlers(makeDb()).loadPageNotes({ url: 'https://new.example/', title: '' });
    expect(loaded).toEqual({ ok: true, value: { pageKey: 'https://new.example/', highlights: [], notes: [] } });
  });
});
