/**
 * The popup's Notes section, wired to the browser: notes are read and written through the background (the one
 * place that opens the database for the page's notes), and the page's highlighter repaints, scrolls to and removes
 * highlights as they change. Written against {@link NotesApis} so tests run it with fakes.
 */
import { findQuoteSelector } from '@/lib/anchoring/describe';
import type { TextQuoteSelector } from '@/lib/anchoring/types';
import type { PersistState } from '@/lib/db/persist';
import type { PageInput } from '@/lib/db/pages';
import { sitePatterns } from '@/lib/highlights/auto-show';
import { backgroundMessenger, CONTENT_SCRIPT_FILE, highlighterMessenger } from '@/lib/messaging/messengers';
import type { HighlighterProtocol, ShownHighlights } from '@/lib/messaging/protocol';
import type { StoreError } from '@/lib/db/errors';
import { autoShowErrorSentence, autoShowStrings, notesStrings, storeErrorSentence } from '@/lib/strings';
import { err, ok, type Result } from '@/lib/result';
import type { NotesFailure, NotesSource } from '@/components/NotesSection';

/** Background messages, as the popup sends them. */
type BackgroundSend = typeof backgroundMessenger.sendMessage;

/** What the Notes section needs from the browser. */
export interface NotesApis {
  /** The id of the tab the popup acts on. @returns null when there is none */
  findTabId(): Promise<number | null>;
  /** Runs the content script in the tab. Rejects when the page cannot be scripted. */
  injectContentScript(tabId: number): Promise<void>;
  /** Asks the tab's highlighter to show the page's highlights. Rejects when no highlighter runs there. */
  showHighlights(tabId: number): Promise<ReturnType<HighlighterProtocol['showHighlights']>>;
  /** Tells the tab's highlighter something (reveal, repaint, remove). Rejects when no highlighter runs there. */
  tellTab: {
    revealQuote(tabId: number, quote: TextQuoteSelector): Promise<{ found: boolean }>;
    highlightChanged(tabId: number, data: Parameters<HighlighterProtocol['highlightChanged']>[0]): Promise<unknown>;
    highlightRemoved(tabId: number, id: string): Promise<unknown>;
  };
  /** Sends a message to the background. */
  background: BackgroundSend;
  /** `browser.permissions.request` for host patterns (must be reached synchronously from a click). */
  requestHostPermission(origins: string[]): Promise<boolean>;
  /** Asks for persistent storage (`requestPersistentStorage(navigator.storage)`). */
  requestPersistence(): Promise<PersistState>;
}

/** The failure when the background or the page did not answer. */
const unreachable = (message: string = notesStrings.storeUnreachable): NotesFailure => ({ message });

/**
 * Sends a background message and turns its failure into the sentence the section shows (`sentence`, of
 * `lib/strings.ts`), and a rejection (no background) into the unreachable one.
 */
async function ask<T, E>(
  send: () => Promise<Result<T, E>>,
  sentence: (error: E) => string,
): Promise<Result<T, NotesFailure>> {
  try {
    const result = await send();
    return result.ok ? result : err({ message: sentence(result.error) });
  } catch {
    return err(unreachable());
  }
}

/** {@link ask} for a store message. */
const askStore = <T>(send: () => Promise<Result<T, StoreError>>) => ask(send, storeErrorSentence);

/** The Notes section's source, plus a way to start loading before the section is shown. */
export interface PopupNotesSource extends NotesSource {
  /**
   * Starts loading now, so the page is repainted whenever Crux is opened, whichever section is shown; the
   * section's first `load()` gets this load, later ones load afresh.
   */
  preload(): void;
}

/** Makes the Notes section's source for the popup's tab. */
export function createNotesSource(apis: NotesApis): PopupNotesSource {
  let tabId: number | null = null;
  let preloaded: ReturnType<NotesSource['load']> | null = null;
  let page: PageInput | null = null;
  let askedPersistence = false;
  const persist = (): void => {
    if (askedPersistence) return;
    askedPersistence = true;
    void apis.requestPersistence().catch(() => {});
  };
  /** Tells the page about a change; the page may be gone (navigated, closed): the store is what matters. */
  const tell = (send: (id: number) => Promise<unknown>): void => {
    if (tabId !== null) void send(tabId).catch(() => {});
  };

  async function load(): ReturnType<NotesSource['load']> {
    tabId = await apis.findTabId().catch(() => null);
    if (tabId === null) return err(unreachable(notesStrings.loadUnreachable));
    let shown: Result<ShownHighlights, StoreError>;
    try {
      shown = await apis.showHighlights(tabId);
    } catch {
      // No highlighter in the page yet (the article came from the popup's cache): inject it, then ask again.
      try {
        await apis.injectContentScript(tabId);
        shown = await apis.showHighlights(tabId);
      } catch {
        return err(unreachable(notesStrings.loadUnreachable));
      }
    }
    if (shown.ok) {
      page = shown.value.page;
      if (shown.value.highlights.length + shown.value.notes.length > 0) persist();
    }
    return shown.ok ? shown : err({ message: storeErrorSentence(shown.error) });
  }

  return {
    preload() {
      preloaded ??= load();
    },
    load() {
      const pending = preloaded ?? load();
      preloaded = null;
      return pending;
    },

    async updateHighlight(id, changes) {
      const result = await askStore(() => apis.background('updateHighlight', { id, changes }));
      if (result.ok) tell((tab) => apis.tellTab.highlightChanged(tab, { highlight: result.value }));
      return result;
    },
    async deleteHighlight(id) {
      const result = await askStore(() => apis.background('deleteHighlight', { id }));
      if (result.ok) tell((tab) => apis.tellTab.highlightRemoved(tab, id));
      return result;
    },
    async restoreHighlight(id) {
      const result = await askStore(() => apis.background('restoreHighlight', { id }));
      if (result.ok) tell((tab) => apis.tellTab.highlightChanged(tab, { highlight: result.value }));
      return result;
    },
    async addPageNote(text, tags) {
      if (!page) return err(unreachable(notesStrings.loadUnreachable));
      const target = page;
      const result = await askStore(() => apis.background('addPageNote', { page: target, text, tags }));
      if (result.ok) persist();
      return result;
    },
    updatePageNote: (id, changes) => askStore(() => apis.background('updatePageNote', { id, changes })),
    deletePageNote: (id) => askStore(() => apis.background('deletePageNote', { id })),
    restorePageNote: (id) => askStore(() => apis.background('restorePageNote', { id })),

    async reveal(highlight) {
      const quote = findQuoteSelector(highlight.selectors);
      if (tabId === null || !quote) return false;
      return (await apis.tellTab.revealQuote(tabId, quote)).found;
    },

    async getAutoShow(site) {
      const result = await ask(() => apis.background('getAutoShow', { site }), autoShowErrorSentence);
      return result.ok ? ok(result.value.enabled) : result;
    },

    setAutoShow(site, enabled) {
      if (!enabled) {
        return ask(() => apis.background('disableAutoShow', { site }), autoShowErrorSentence).then((r) =>
          r.ok ? ok(r.value.enabled) : r,
        );
      }
      // First, synchronously: the permission prompt needs the click's user gesture.
      const granted = apis.requestHostPermission(sitePatterns(site));
      return granted.then(
        async (yes) => {
          if (!yes) return err({ message: autoShowStrings.notGranted(site) });
          const result = await ask(() => apis.background('enableAutoShow', { site }), autoShowErrorSentence);
          return result.ok ? ok(result.value.enabled) : result;
        },
        () => err(unreachable()),
      );
    },
  };
}

/**
 * The real {@link NotesApis}.
 * @param findTabId the popup's tab (the `?tab=` parameter, or the active tab)
 */
export function browserNotesApis(
  findTabId: () => Promise<number | null>,
  requestPersistence: () => Promise<PersistState>,
): NotesApis {
  const tab = highlighterMessenger;
  return {
    findTabId,
    async injectContentScript(tabId) {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    },
    showHighlights: (tabId) => tab.sendMessage('showHighlights', undefined, tabId),
    tellTab: {
      revealQuote: (tabId, quote) => tab.sendMessage('revealQuote', quote, tabId),
      highlightChanged: (tabId, data) => tab.sendMessage('highlightChanged', data, tabId),
      highlightRemoved: (tabId, id) => tab.sendMessage('highlightRemoved', { id }, tabId),
    },
    background: backgroundMessenger.sendMessage,
    requestHostPermission: (origins) => browser.permissions.request({ origins }),
    requestPersistence,
  };
}
