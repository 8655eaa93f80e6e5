/** The background's part of the library: the open-library command, opening a note's page at its highlight. */
import type { TextQuoteSelector } from '@/lib/anchoring/types';
import { describe, expect, it } from 'vitest';
import { registerCommands } from '@/entrypoints/background/commands';
import { openLibrary, type LibraryTabApis } from '@/entrypoints/background/open-library';
import {
  openNoteInPage,
  waitForTabLoad,
  type OpenInPageApis,
  type TabLoadState,
  type TabUpdatedEvent,
} from '@/entrypoints/background/open-in-page';
import { makeEvent } from './fakes';

const LIBRARY_URL = 'chrome-extension://abc/library.html';

function libraryApis(tabs: LibraryTabApis['listExtensionTabs']) {
  const calls: string[] = [];
  const apis: LibraryTabApis = {
    libraryUrl: LIBRARY_URL,
    listExtensionTabs: tabs,
    focusTab: async (tabId, windowId) => void calls.push(`focus ${tabId} in ${windowId}`),
    createTab: async (url) => void calls.push(`create ${url}`),
  };
  return { apis, calls };
}

describe('the open-library command', () => {
  it('runs without a tab, and leaves the page commands to their own handlers', async () => {
    const runs: string[] = [];
    const onCommand = makeEvent<[string, { id?: number }?]>();
    registerCommands(
      { commands: { onCommand }, activeTab: async () => undefined },
      { 'save-highlight': async (id) => runs.push(`save ${id}`) },
      { 'open-library': async () => runs.push('library') },
    );
    onCommand.fire('open-library');
    onCommand.fire('save-highlight', { id: 3 });
    await expect.poll(() => runs).toEqual(['library', 'save 3']);
  });

  it('brings an open library tab forward', async () => {
    const { apis, calls } = libraryApis(async () => [
      { documentUrl: 'chrome-extension://abc/popup.html?tab=4', tabId: 2, windowId: 1 },
      { documentUrl: `${LIBRARY_URL}?q=tide`, tabId: 7, windowId: 3 },
    ]);
    expect(await openLibrary(apis)).toBe('focused');
    expect(calls).toEqual(['focus 7 in 3']);
  });

  it('opens a new library tab when none is open, or when the browser cannot list its pages', async () => {
    const none = libraryApis(async () => [{ documentUrl: 'chrome-extension://abc/popup.html', tabId: 2, windowId: 1 }]);
    expect(await openLibrary(none.apis)).toBe('opened');
    expect(none.calls).toEqual([`create ${LIBRARY_URL}`]);
    const firefox = libraryApis(undefined);
    expect(await openLibrary(firefox.apis)).toBe('opened');
    expect(firefox.calls).toEqual([`create ${LIBRARY_URL}`]);
  });
});

function pageApis(overrides: Partial<OpenInPageApis> = {}) {
  const calls: string[] = [];
  const apis: OpenInPageApis = {
    createTab: async (url) => {
      calls.push(`create ${url}`);
      return { id: 9 };
    },
    waitForLoad: async (tabId) => {
      calls.push(`wait ${tabId}`);
      return true;
    },
    hasHostAccess: async () => true,
    injectContentScript: async (tabId) => void calls.push(`inject ${tabId}`),
    showHighlights: async (tabId) => {
      calls.push(`show ${tabId}`);
      return true;
    },
    revealQuote: async (tabId, quote) => {
      calls.push(`reveal ${quote.exact} in ${tabId}`);
      return quote.exact === 'here';
    },
    ...overrides,
  };
  return { apis, calls };
}

/** A highlight's quote selector whose text is `exact`. */
const quoteOf = (exact: string): TextQuoteSelector => ({ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' });

describe('opening a note’s page', () => {
  const url = 'https://news.example/story#:~:text=the%20wall';

  it('opens the page, then paints it and scrolls to the highlight where Crux has access to the site', async () => {
    const { apis, calls } = pageApis();
    expect(await openNoteInPage(apis, { url, quote: quoteOf('here') })).toEqual({ shown: 'revealed' });
    expect(calls).toEqual([`create ${url}`, 'wait 9', 'inject 9', 'show 9', 'reveal here in 9']);
  });

  it('says when the page was painted but the highlight is not on it', async () => {
    const { apis } = pageApis();
    expect(await openNoteInPage(apis, { url, quote: quoteOf('gone') })).toEqual({ shown: 'painted' });
  });

  it('leaves the page to the browser’s text fragment without host access, or when the page cannot be scripted', async () => {
    const denied = pageApis({ hasHostAccess: async () => false });
    expect(await openNoteInPage(denied.apis, { url, quote: quoteOf('here') })).toEqual({ shown: 'opened' });
    expect(denied.calls).toEqual([`create ${url}`]);
    const blocked = pageApis({
      injectContentScript: async () => Promise.reject(new Error('Cannot access contents of the page')),
    });
    expect(await openNoteInPage(blocked.apis, { url, quote: quoteOf('here') }, async () => {})).toEqual({
      shown: 'opened',
    });
  });

  it('tries again when the first injection lands in a document that is going away', async () => {
    let injections = 0;
    const { apis, calls } = pageApis({
      injectContentScript: async (tabId) => {
        calls.push(`inject ${tabId}`);
        if (++injections === 1) throw new Error('Frame with ID 0 was removed.');
      },
    });
    expect(await openNoteInPage(apis, { url, quote: quoteOf('here') }, async () => {})).toEqual({ shown: 'revealed' });
    expect(calls).toEqual([`create ${url}`, 'wait 9', 'inject 9', 'wait 9', 'inject 9', 'show 9', 'reveal here in 9']);
  });
});

describe('waiting for a tab to load', () => {
  const ORIGIN = 'https://news.example';

  function updatedEvent() {
    const listeners = new Set<(tabId: number, change: TabLoadState, tab: TabLoadState) => void>();
    const event: TabUpdatedEvent = {
      addListener: (l) => void listeners.add(l),
      removeListener: (l) => void listeners.delete(l),
    };
    const fire = (tabId: number, status: string, url = 'https://news.example/story') =>
      [...listeners].forEach((l) => l(tabId, { status }, { status, url }));
    return { event, listeners, fire };
  }

  it('resolves when that tab completes the page, not another tab or about:blank, and stops listening', async () => {
    const { event, listeners, fire } = updatedEvent();
    const loaded = waitForTabLoad(event, 5, ORIGIN, 10_000, async () => ({ status: 'complete', url: 'about:blank' }));
    fire(4, 'complete');
    fire(5, 'complete', 'about:blank');
    fire(5, 'loading');
    fire(5, 'complete');
    expect(await loaded).toBe(true);
    expect(listeners.size).toBe(0);
  });

  it('resolves at once when the tab had already loaded', async () => {
    const { event } = updatedEvent();
    expect(
      await waitForTabLoad(event, 5, ORIGIN, 10_000, async () => ({
        status: 'complete',
        url: 'https://news.example/story',
      })),
    ).toBe(true);
  });

  it('notices a load whose event it missed, by reading the tab again', async () => {
    const { event } = updatedEvent();
    const states: TabLoadState[] = [
      { status: 'loading' },
      { status: 'loading' },
      { status: 'complete', url: 'https://news.example/story' },
    ];
    let reads = 0;
    expect(
      await waitForTabLoad(event, 5, ORIGIN, 10_000, async () => states[Math.min(reads++, states.length - 1)]!),
    ).toBe(true);
    expect(reads).toBe(3);
  });

  it('gives up after the timeout', async () => {
    const { event } = updatedEvent();
    expect(await waitForTabLoad(event, 5, ORIGIN, 5, async () => ({ status: 'loading' }))).toBe(false);
  });
});
