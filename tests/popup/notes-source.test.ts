/** The popup's Notes wiring over fake browser APIs: injection on demand, page updates, the permission order. */
import { describe, expect, it } from 'vitest';
import { createNotesSource, type NotesApis } from '@/entrypoints/popup/notes-source';
import type { ShownHighlights } from '@/lib/messaging/protocol';
import { ok } from '@/lib/result';

const SHOWN: ShownHighlights = {
  pageKey: 'https://news.example/story',
  page: { url: 'https://news.example/story', title: 'Story' },
  highlights: [],
  notes: [],
  placement: { placed: [], notFound: [] },
};

function makeApis(overrides: Partial<NotesApis> = {}) {
  const calls: string[] = [];
  let injected = false;
  const apis: NotesApis = {
    findTabId: async () => 4,
    injectContentScript: async (tabId) => {
      calls.push(`inject ${tabId}`);
      injected = true;
    },
    showHighlights: async (tabId) => {
      calls.push(`show ${tabId}`);
      if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
      return ok(SHOWN);
    },
    tellTab: {
      revealQuote: async (_tab, quote) => ({ found: quote.exact === 'here' }),
      highlightChanged: async (_tab, { highlight }) => void calls.push(`changed ${highlight.id}`),
      highlightRemoved: async (_tab, id) => void calls.push(`removed ${id}`),
    },
    background: (async (type: string, data: { id?: string; page?: unknown }) => {
      calls.push(`background ${type}`);
      if (type === 'getAutoShow' || type === 'enableAutoShow' || type === 'disableAutoShow')
        return ok({ site: 'news.example', enabled: type === 'enableAutoShow' });
      return ok({ id: data.id ?? 'new', page: data.page });
    }) as unknown as NotesApis['background'],
    requestHostPermission: async (origins) => {
      calls.push(`permission ${origins.join(' ')}`);
      return true;
    },
    requestPersistence: async () => {
      calls.push('persist');
      return 'persisted';
    },
    ...overrides,
  };
  return { apis, calls };
}

describe('the popup’s notes source', () => {
  it('injects the highlighter only when the page has none, then asks again', async () => {
    const { apis, calls } = makeApis();
    const source = createNotesSource(apis);
    expect((await source.load()).ok).toBe(true);
    expect(calls).toEqual(['show 4', 'inject 4', 'show 4']);
  });

  it('starts loading before the Notes section asks, and hands that load to it once', async () => {
    const { apis, calls } = makeApis();
    const source = createNotesSource(apis);
    source.preload();
    await expect.poll(() => calls.length).toBe(3);
    expect((await source.load()).ok).toBe(true);
    expect(calls).toEqual(['show 4', 'inject 4', 'show 4']);
    await source.load();
    expect(calls).toEqual(['show 4', 'inject 4', 'show 4', 'show 4']);
  });

  it('says the notes could not be loaded when the page cannot be scripted', async () => {
    const { apis } = makeApis({
      injectContentScript: () => Promise.reject(new Error('Cannot access contents of the page')),
    });
    const loaded = await createNotesSource(apis).load();
    expect(!loaded.ok && loaded.error.message).toMatch(/Your highlights were not loaded/);
  });

  it('tells the page to repaint or remove a highlight after the store changed it', async () => {
    const { apis, calls } = makeApis();
    const source = createNotesSource(apis);
    await source.load();
    await source.updateHighlight('h1', { colour: 'question' });
    await source.deleteHighlight('h1');
    await source.restoreHighlight('h1');
    await expect
      .poll(() => calls.filter((c) => /^(changed|removed)/.test(c)))
      .toEqual(['changed h1', 'removed h1', 'changed h1']);
  });

  it('adds a page note to the page it loaded, and asks for persistent storage once', async () => {
    const { apis, calls } = makeApis();
    const source = createNotesSource(apis);
    await source.load();
    const added = await source.addPageNote('A thought', []);
    expect(added.ok && (added.value as unknown as { page: unknown }).page).toEqual(SHOWN.page);
    await source.addPageNote('Another', []);
    expect(calls.filter((c) => c === 'persist')).toEqual(['persist']);
  });

  it('asks the browser for the site’s access before anything else when turning auto-show on', async () => {
    const { apis, calls } = makeApis();
    const source = createNotesSource(apis);
    const pending = source.setAutoShow('news.example', true);
    // The request happened synchronously, inside the click.
    expect(calls).toEqual(['permission *://news.example/* *://www.news.example/*']);
    expect(await pending).toEqual({ ok: true, value: true });
    expect(calls.at(-1)).toBe('background enableAutoShow');
  });

  it('stays off and says why when access is refused', async () => {
    const { apis, calls } = makeApis({ requestHostPermission: async () => false });
    const result = await createNotesSource(apis).setAutoShow('news.example', true);
    expect(!result.ok && result.error.message).toMatch(/didn’t get access to news\.example/);
    expect(calls).not.toContain('background enableAutoShow');
  });

  it('turns auto-show off through the background', async () => {
    const { apis, calls } = makeApis();
    expect(await createNotesSource(apis).setAutoShow('news.example', false)).toEqual({ ok: true, value: false });
    expect(calls).toEqual(['background disableAutoShow']);
  });
});
