/**
 * Crux's service worker: wiring only. It owns the database for the content script (which cannot open it: there
 * IndexedDB belongs to the page), answers the typed messages of `BackgroundProtocol`, and adds the two ways to
 * save a highlight from the browser's own UI — the "Save highlight to Crux" context-menu item and the
 * save-highlight keyboard command — plus the per-site auto-show registrations, the open-library command and opening a
 * note's page for the library. One feature per module.
 */
import { db } from '@/lib/db/instance';
import { requestPersistentStorage } from '@/lib/db/persist';
import { catchUpWords } from '@/lib/db/word-index';
import { guardHandlers, registerHandlers } from '@/lib/messaging/handlers';
import { backgroundMessenger, CONTENT_SCRIPT_FILE, highlighterMessenger } from '@/lib/messaging/messengers';
import { BACKGROUND_SENDERS, identifySender } from '@/lib/messaging/senders';
import { createAutoShowHandlers, syncAutoShowWithPermissions, type AutoShowRegistration } from './auto-show';
import { registerCommands } from './commands';
import { registerSaveHighlightMenu } from './context-menu';
import { openEditorInTab, type EditorTabApis } from './inject';
import { registerE2eSeam, type E2eSeamApis } from './e2e-seam';
import { createBackgroundHandlers, type EditorRelay } from './messages';
import { waitForTabLoad, type OpenInPageApis } from './open-in-page';
import { LIBRARY_PATH, openLibrary } from './open-library';

export default defineBackground(() => {
  const { sendMessage } = highlighterMessenger;
  const injectContentScript = async (tabId: number): Promise<void> => {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  };

  const autoShow = createAutoShowHandlers(db, {
    permissions: browser.permissions,
    scripting: {
      registerContentScripts: (scripts: AutoShowRegistration[]) => browser.scripting.registerContentScripts(scripts),
      unregisterContentScripts: (filter) => browser.scripting.unregisterContentScripts(filter),
      getRegisteredContentScripts: (filter) => browser.scripting.getRegisteredContentScripts(filter),
    },
  });
  // StorageManager.persist() is exposed to windows only; in a worker this answers 'unsupported' and the popup,
  // which asks too, gets the decision.
  const tabs: OpenInPageApis = {
    createTab: (url) => browser.tabs.create({ url }),
    // A new tab is briefly a complete about:blank: only a complete load of the page itself counts (the tab's URL is
    // readable here, since this path runs only with host access to the page).
    waitForLoad: (tabId, url, timeoutMs) =>
      waitForTabLoad(browser.tabs.onUpdated, tabId, new URL(url).origin, timeoutMs, async () => {
        const tab = await browser.tabs.get(tabId);
        return { status: tab.status, url: tab.url };
      }),
    hasHostAccess: (url) => browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }).catch(() => false),
    injectContentScript,
    showHighlights: async (tabId) => (await sendMessage('showHighlights', undefined, tabId)).ok,
    revealQuote: async (tabId, quote) => (await sendMessage('revealQuote', quote, tabId)).found,
  };
  // The page's highlighter runs in the top frame only: a relay from an editor frame goes there, in its own tab.
  const topFrame = (tabId: number) => ({ tabId, frameId: 0 });
  const relay: EditorRelay = {
    readEditorDraft: (tabId) => sendMessage('readEditorDraft', undefined, topFrame(tabId)),
    editorColourChosen: (tabId, data) => sendMessage('editorColourChosen', data, topFrame(tabId)),
    editorResized: (tabId, data) => sendMessage('editorResized', data, topFrame(tabId)),
    editorClosed: (tabId, data) => sendMessage('editorClosed', data, topFrame(tabId)),
  };
  const handlers = createBackgroundHandlers(
    db,
    autoShow,
    () => requestPersistentStorage(navigator.storage),
    tabs,
    relay,
  );
  // Every message is checked against its sender before its handler runs (lib/messaging/senders.ts).
  const identify = (sender: Parameters<typeof identifySender>[0]) => identifySender(sender, browser.runtime.id);
  registerHandlers(backgroundMessenger.onMessage, guardHandlers(handlers, BACKGROUND_SENDERS, identify));
  syncAutoShowWithPermissions(browser.permissions, autoShow);
  // Word rows an import (or the version 4 upgrade) left pending are written when the worker starts, so the store's
  // search finds those notes by its index even before the library is next opened. A failure leaves them pending.
  void catchUpWords(db);

  const editorApis: EditorTabApis = {
    injectContentScript,
    editSelection: (tabId) => sendMessage('editSelection', undefined, tabId),
    showTabProblem: async (tabId, message) => {
      await browser.action.setBadgeText({ tabId, text: '!' });
      await browser.action.setTitle({ tabId, title: message });
    },
  };
  const openEditor = (tabId: number) => openEditorInTab(editorApis, tabId);

  registerSaveHighlightMenu(browser, openEditor);
  registerCommands(
    {
      commands: browser.commands,
      activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
    },
    { 'save-highlight': openEditor },
    {
      'open-library': () =>
        openLibrary({
          libraryUrl: browser.runtime.getURL(LIBRARY_PATH),
          listExtensionTabs: browser.runtime.getContexts
            ? async () =>
                (await browser.runtime.getContexts({ contextTypes: [browser.runtime.ContextType.TAB] })).map((c) => ({
                  documentUrl: c.documentUrl,
                  tabId: c.tabId,
                  windowId: c.windowId,
                }))
            : undefined,
          focusTab: async (tabId, windowId) => {
            await browser.tabs.update(tabId, { active: true });
            await browser.windows.update(windowId, { focused: true });
          },
          createTab: (url) => browser.tabs.create({ url }),
        }),
    },
  );

  // The Firefox end-to-end tests' way to open the popup and the library (see e2e-seam.ts). A compile-time constant:
  // in every other build this branch and the module are dropped from the bundle.
  if (import.meta.env.MODE === 'e2e' && import.meta.env.FIREFOX) {
    registerE2eSeam({
      onMessageExternal: browser.runtime.onMessageExternal as unknown as E2eSeamApis['onMessageExternal'],
      activeTabId: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
      openExtensionPage: (path) =>
        browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html'), active: true }),
    });
  }
});
