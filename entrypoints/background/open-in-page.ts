/**
 * Opening a note's page from the library, at the highlight. Two layers, because Crux asks for no host access at
 * install:
 * - the URL carries a text fragment (`#:~:text=…`, made by the library): the browser itself scrolls to the passage
 *   and marks it, with no permission at all — but only where the passage is still word for word in the page;
 * - where Crux has host access to the site (the reader turned on auto-show there; in the test build, 127.0.0.1),
 *   the highlighter is injected once the tab has loaded: it paints all the page's highlights (finding edited
 *   passages too) and scrolls to this one.
 * Without the `tabs` permission Crux cannot read other tabs' URLs, but it is told when the tab it opened finishes
 * loading (`tabs.onUpdated` carries `status` without the permission).
 */
import type { TextQuoteSelector } from '@/lib/anchoring/types';
import type { OpenNoteOutcome, OpenNoteRequest } from '@/lib/messaging/protocol';

/** Longest wait for the page to load before giving the text fragment the last word. */
export const PAGE_LOAD_TIMEOUT_MS = 30_000;

/** What opening a page needs from the browser (a parameter, so tests pass fakes); messages keep their names. */
export interface OpenInPageApis {
  /** `tabs.create`. */
  createTab(url: string): Promise<{ id?: number }>;
  /** Resolves when the tab has finished loading `url` (`tabs.onUpdated` with `status: 'complete'`), false on timeout. */
  waitForLoad(tabId: number, url: string, timeoutMs: number): Promise<boolean>;
  /** Whether Crux may script pages of this URL's origin (`permissions.contains`). */
  hasHostAccess(url: string): Promise<boolean>;
  /** Injects the content script; rejects when the page cannot be scripted. */
  injectContentScript(tabId: number): Promise<void>;
  /** Asks the highlighter to paint the page's highlights (`showHighlights`). @returns whether it painted */
  showHighlights(tabId: number): Promise<boolean>;
  /** Asks the highlighter to scroll to a highlight's quote and flash it. @returns whether it is on the page */
  revealQuote(tabId: number, quote: TextQuoteSelector): Promise<boolean>;
}

/** Whether a URL is a web page Crux may open for the library: `http:` or `https:` only (no browser, file, script
 * or extension pages, whatever a stored or imported note says its page is). */
export function isOpenableUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Opens a note's page in a new tab and, where Crux may, paints it and scrolls to the highlight.
 *
 * Steps: refuse anything but an `http:` or `https:` URL; open the tab (the text fragment takes effect at once); if Crux has host access to the site, wait for the
 * load, inject the highlighter, let it paint, and reveal the highlight.
 * @returns how far it got (a page that cannot be scripted is simply left to the browser's text fragment)
 */
export async function openNoteInPage(
  apis: OpenInPageApis,
  request: OpenNoteRequest,
  pause: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<OpenNoteOutcome> {
  if (!isOpenableUrl(request.url)) return { shown: 'refused' };
  const tab = await apis.createTab(request.url);
  if (tab.id === undefined) return { shown: 'opened' };
  const tabId = tab.id;
  try {
    if (!(await apis.hasHostAccess(request.url))) return { shown: 'opened' };
  } catch {
    return { shown: 'opened' };
  }
  // A busy machine can report a new tab loaded while its first document is still being replaced, and the injection
  // then lands in a document that goes away: try again on the page that stays, a few times.
  for (let attempt = 0; attempt < PAINT_ATTEMPTS; attempt++) {
    if (attempt > 0) await pause(RETRY_PAUSE_MS);
    try {
      if (!(await apis.waitForLoad(tabId, request.url, PAGE_LOAD_TIMEOUT_MS))) return { shown: 'opened' };
      await apis.injectContentScript(tabId);
      if (!(await apis.showHighlights(tabId))) continue;
      if (request.quote === undefined) return { shown: 'painted' };
      return { shown: (await apis.revealQuote(tabId, request.quote)) ? 'revealed' : 'painted' };
    } catch {
      // The page could not be scripted this time: its document may still be changing.
    }
  }
  return { shown: 'opened' };
}

/** Attempts at painting the opened page before leaving it to the browser's text fragment. */
const PAINT_ATTEMPTS = 4;

/** Pause between attempts, in milliseconds. */
const RETRY_PAUSE_MS = 400;

/** A tab's change or state, as `tabs.onUpdated` and `tabs.get` give it (the URL only with host access). */
export interface TabLoadState {
  status?: string;
  url?: string;
}

/** The events `waitForTabLoad` listens to (`browser.tabs.onUpdated`). */
export interface TabUpdatedEvent {
  addListener(listener: (tabId: number, change: TabLoadState, tab: TabLoadState) => void): void;
  removeListener(listener: (tabId: number, change: TabLoadState, tab: TabLoadState) => void): void;
}

/**
 * Waits for a tab to finish loading a page of an origin (a new tab is first a complete `about:blank`, which must
 * not count).
 * @param current the tab's state now (`tabs.get`), checked after listening so a load that already finished is not
 *   missed
 * @returns true once loaded, false after `timeoutMs`
 */
export function waitForTabLoad(
  onUpdated: TabUpdatedEvent,
  tabId: number,
  origin: string,
  timeoutMs: number,
  current: () => Promise<TabLoadState>,
): Promise<boolean> {
  const loaded = (state: TabLoadState): boolean =>
    state.status === 'complete' && state.url !== undefined && state.url.startsWith(origin);
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let poll: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const finish = (result: boolean): void => {
      done = true;
      clearTimeout(timer);
      clearTimeout(poll);
      onUpdated.removeListener(listener);
      resolve(result);
    };
    const listener = (id: number, change: TabLoadState, tab: TabLoadState): void => {
      if (id === tabId && change.status === 'complete' && loaded({ status: 'complete', url: tab.url ?? change.url }))
        finish(true);
    };
    onUpdated.addListener(listener);
    timer = setTimeout(() => finish(false), timeoutMs);
    // The event can slip by unseen (a page on a local server loads while the listener is being added), so the tab's
    // state is also read now and then until the load is seen one way or the other.
    const check = (): void => {
      if (done) return;
      void current().then(
        (state) => {
          if (loaded(state)) finish(true);
          else if (!done) poll = setTimeout(check, LOAD_POLL_MS);
        },
        () => finish(false),
      );
    };
    check();
  });
}

/** How often the tab's state is read while waiting for its page to load, in milliseconds. */
const LOAD_POLL_MS = 250;
