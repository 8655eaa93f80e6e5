/** Saving, listing, changing, deleting and restoring highlights and page notes. */
import { describe, expect, it } from 'vitest';
import {
  addPageNote,
  deleteHighlight,
  deletePageNote,
  listPageHighlights,
  listPageNotes,
  purgeDeleted,
  restoreHighlight,
  restorePageNote,
  saveHighlight,
  updateHighlight,
  updatePageNote,
} from '@/lib/db/notes';
import { getPage, getSiteSettings, recordPageVisit, setSiteAutoShow } from '@/lib/db/pages';
import type { Highlight } from '@/lib/db/types';
import { makeDb, makePage, makeSelectors } from './helpers';
import type { StoreError } from '@/lib/db/errors';
import type { Result } from '@/lib/result';
import { storeErrorSentence } from '@/lib/strings';

const PAGE_KEY = 'https://example.com/articles/tide-pools';

/** Unwraps a result a test expects to succeed. */
function value<T>(result: Result<T, StoreError>): T {
  if (!result.ok) throw new Error(`expected success, got: ${storeErrorSentence(result.error)}`);
  return result.value;
}

describe('saveHighlight', () => {
  it('saves a highlight with its page under the normalised URL', async () => {
    const db = makeDb();
    const saved = value(
      await saveHighlight(
        db,
        {
          page: makePage(),
          selectors: makeSelectors('Every low tide strands\n  a small ocean'),
          colour: 'evidence',
          note: ' Good image ',
          tags: ['#Imagery', 'imagery', 'tide pools'],
        },
        { now: 1000 },
      ),
    );
    expect(saved).toMatchObject({
      pageKey: PAGE_KEY,
      site: 'example.com',
      url: 'https://www.example.com/articles/tide-pools?utm_source=newsletter',
      quote: 'Every low tide strands a small ocean',
      colour: 'evidence',
      note: 'Good image',
      tags: ['imagery', 'tide-pools'],
      created: 1000,
      modified: 1000,
    });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.words).toEqual(expect.arrayContaining(['tide', 'ocean', 'good', 'imagery', 'pools', 'pool']));
    expect(await db.highlights.get(saved.id)).toEqual(saved);
    expect(value(await getPage(db, PAGE_KEY))).toMatchObject({
      title: 'How tide pools keep their secrets',
      site: 'example.com',
      firstSeen: 1000,
      lastSeen: 1000,
    });
  });

  it('keeps each URL a page was visited at, most recent first', async () => {
    const db = makeDb();
    value(await saveHighlight(db, { page: makePage(), selectors: makeSelectors('first quote') }, { now: 1 }));
    value(
      await saveHighlight(
        db,
        {
          page: makePage({ url: 'https://example.com/articles/tide-pools#comments' }),
          selectors: makeSelectors('second quote'),
        },
        { now: 2 },
      ),
    );
    expect(value(await getPage(db, PAGE_KEY))?.urls).toEqual([
      'https://example.com/articles/tide-pools#comments',
      'https://www.example.com/articles/tide-pools?utm_source=newsletter',
    ]);
  });

  it('refuses a highlight without text, saying so', async () => {
    const db = makeDb();
    const result = await saveHighlight(db, { page: makePage(), selectors: makeSelectors('   ') });
    expect(result).toEqual({ ok: false, error: { code: 'empty', action: 'save-highlight' } });
    expect(!result.ok && storeErrorSentence(result.error)).toBe(
      'This highlight was not saved: there is no text in it.',
    );
    expect(await db.pages.count()).toBe(0);
  });

  it('refuses an unknown colour', async () => {
    const db = makeDb();
    const result = await saveHighlight(db, {
      page: makePage(),
      selectors: makeSelectors('a quote'),
      colour: 'mauve' as never,
    });
    expect(result.ok).toBe(false);
  });

  it('never overwrites an existing id', async () => {
    const db = makeDb();
    value(await saveHighlight(db, { page: makePage(), selectors: makeSelectors('original') }, { id: 'same' }));
    const second = await saveHighlight(db, { page: makePage(), selectors: makeSelectors('impostor') }, { id: 'same' });
    expect(second.ok).toBe(false);
    expect((await db.highlights.get('same'))?.quote).toBe('original');
  });
});

describe('listPageHighlights', () => {
  it("lists a page's live highlights in page order", async () => {
    const db = makeDb();
    value(
      await saveHighlight(db, { page: makePage(), selectors: makeSelectors('later in the page', 900) }, { now: 1 }),
    );
    value(await saveHighlight(db, { page: makePage(), selectors: makeSelectors('early in the page', 10) }, { now: 2 }));
    value(
      await saveHighlight(
        db,
        { page: makePage({ url: 'https://example.com/other' }), selectors: makeSelectors('other page') },
        { now: 3 },
      ),
    );
    expect(value(await listPageHighlights(db, PAGE_KEY)).map((h) => h.quote)).toEqual([
      'early in the page',
      'later in the page',
    ]);
  });

  it('lists nothing for a page without highlights', async () => {
    expect(value(await listPageHighlights(makeDb(), 'https://nowhere.example/'))).toEqual([]);
  });
});

describe('updateHighlight', () => {
  it('changes note, tags and colour, bumps modified and recomputes words', async () => {
    const db = makeDb();
    const saved = value(
      await saveHighlight(db, { page: makePage(), selectors: makeSelectors('salinity rises') }, { now: 1 }),
    );
    const updated = value(
      await updateHighlight(db, saved.id, { note: 'Check the figure', tags: ['Method'], colour: 'question' }, 5),
    );
    expect(updated).toMatchObject({
      note: 'Check the figure',
      tags: ['method'],
      colour: 'question',
      created: 1,
      modified: 5,
    });
    expect(updated.words).toEqual(expect.arrayContaining(['check', 'figure', 'method', 'salinity']));
    expect(await db.highlights.get(saved.id)).toEqual(updated);
  });

  it('does not bump modified when nothing changed', async () => {
    const db = makeDb();
    const saved = value(
      await saveHighlight(db, { page: makePage(), selectors: makeSelectors('quote'), note: 'n' }, { now: 1 }),
    );
    expect(value(await updateHighlight(db, saved.id, { note: 'n' }, 9)).modified).toBe(1);
  });

  it('fails with not-found for a missing highlight', async () => {
    const result = await updateHighlight(makeDb(), 'missing', { note: 'x' });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', action: 'save-change' } });
    expect(!result.ok && storeErrorSentence(result.error)).toBe(
      'This change was not saved: it no longer exists (it may have been deleted in another window).',
    );
  });
});

describe('deleting and undoing', () => {
  it('deletes softly, leaves it out of lists, and restores it on undo', async () => {
    const db = makeDb();
    const saved = value(
      await saveHighlight(db, { page: makePage(), selectors: makeSelectors('to delete') }, { now: 1 }),
    );
    const deleted = value(await deleteHighlight(db, saved.id, 2));
    expect(deleted).toMatchObject({ deletedAt: 2, modified: 2 });
    expect(value(await listPageHighlights(db, PAGE_KEY))).toEqual([]);
    expect((await updateHighlight(db, saved.id, { note: 'x' })).ok).toBe(false);
    const restored = value(await restoreHighlight(db, saved.id, 3));
    expect(restored.deletedAt).toBeUndefined();
    expect(restored.modified).toBe(3);
    expect(value(await listPageHighlights(db, PAGE_KEY)).map((h: Highlight) => h.id)).toEqual([saved.id]);
  });

  it('purges items deleted long enough ago, with pages left empty', async () => {
    const db = makeDb();
    const saved = value(await saveHighlight(db, { page: makePage(), selectors: makeSelectors('gone') }, { now: 1 }));
    value(await deleteHighlight(db, saved.id, 2));
    expect(value(await purgeDeleted(db, 2))).toBe(0);
    expect(value(await purgeDeleted(db, 3))).toBe(1);
    expect(await db.highlights.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
    expect((await restoreHighlight(db, saved.id)).ok).toBe(false);
  });
});

describe('page notes', () => {
  it('adds, updates, deletes and restores a note about the page', async () => {
    const db = makeDb();
    const note = value(
      await addPageNote(
        db,
        { page: makePage(), text: 'Compare with the 2019 survey', tags: ['follow-up'] },
        { now: 1 },
      ),
    );
    expect(note).toMatchObject({ pageKey: PAGE_KEY, site: 'example.com', tags: ['follow-up'] });
    expect(value(await updatePageNote(db, note.id, { text: 'Compare with the 2020 survey' }, 2))).toMatchObject({
      modified: 2,
    });
    value(await deletePageNote(db, note.id, 3));
    expect(value(await listPageNotes(db, PAGE_KEY))).toEqual([]);
    value(await restorePageNote(db, note.id, 4));
    expect(value(await listPageNotes(db, PAGE_KEY)).map((n) => n.text)).toEqual(['Compare with the 2020 survey']);
  });

  it('refuses an empty note', async () => {
    const result = await addPageNote(makeDb(), { page: makePage(), text: '  ' });
    expect(result).toEqual({ ok: false, error: { code: 'empty', action: 'save-note' } });
    expect(!result.ok && storeErrorSentence(result.error)).toBe('This note was not saved: it is empty.');
  });
});

describe('pages and sites', () => {
  it('refreshes a stored page on a visit and records nothing for pages without notes', async () => {
    const db = makeDb();
    expect(value(await recordPageVisit(db, makePage(), 1))).toBeNull();
    expect(await db.pages.count()).toBe(0);
    value(await addPageNote(db, { page: makePage(), text: 'note' }, { now: 1 }));
    expect(value(await recordPageVisit(db, makePage({ title: 'Tide pools (updated)' }), 7))).toMatchObject({
      title: 'Tide pools (updated)',
      lastSeen: 7,
      firstSeen: 1,
    });
  });

  it('stores the per-site auto-show opt-in', async () => {
    const db = makeDb();
    expect(value(await getSiteSettings(db, 'example.com'))).toBeNull();
    value(await setSiteAutoShow(db, 'example.com', true, 5));
    expect(value(await getSiteSettings(db, 'example.com'))).toEqual({
      site: 'example.com',
      autoShow: true,
      modified: 5,
    });
  });
});
