/**
 * How the popup reads the article of a tab: check the URL, inject the content script on demand, ask it for the
 * article. The steps are written against a small {@link TabAccess} interface so tests run them with fakes;
 * {@link browserTabAccess} wires them to the real extension APIs.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Article } from '@/lib/article/types';
import { classifyInjectionError, classifyUrl, type PageProblem } from '@/lib/page-access';
import type { ContentProtocol } from '@/lib/protocol';
import { err, type Result } from '@/lib/result';

/** The tab the popup acts on. */
export interface TargetTab {
  /** The tab's id. */
  id: number;
  /** The tab's URL; undefined when the browser hides it (no `tabs` permission and no grant for the page). */
  url?: string;
}

/** The browser operations the loader needs. */
export interface TabAccess {
  /** Finds the tab to read. @returns null when there is none (no focused window). */
  findTab(): Promise<TargetTab | null>;
  /** Runs the content script in the tab. Rejects with the browser's message when the page cannot be scripted. */
  injectContentScript(tabId: number): Promise<void>;
  /** Asks the tab's content script for the article. */
  requestArticle(tabId: number): Promise<Result<Article, PageProblem>>;
}

/**
 * Makes the popup's article loader.
 *
 * Steps: 1. find the tab; 2. refuse URLs that cannot be read (browser pages, stores) without trying; 3. inject the
 * content script, mapping a refusal to a {@link PageProblem}; 4. ask it for the article.
 * @returns a function that resolves to the article or the problem; it does not reject.
 */
export function createArticleLoader(access: TabAccess): () => Promise<Result<Article, PageProblem>> {
  return async () => {
    const tab = await access.findTab().catch(() => null);
    if (!tab) return err('unexpected');
    const urlProblem = tab.url ? classifyUrl(tab.url) : null;
    if (urlProblem) return err(urlProblem);
    try {
      await access.injectContentScript(tab.id);
    } catch (error) {
      return err(classifyInjectionError(messageOf(error)));
    }
    try {
      return await access.requestArticle(tab.id);
    } catch {
      return err('unexpected');
    }
  };
}

/**
 * Reads the `?tab=<tabId>` parameter: when the popup page is opened as a tab (by tests, or a future "open in a tab"
 * link) it acts on that tab instead of the active one. Keep this seam stable: the end-to-end tests use it.
 * @returns the tab id, or null when absent or not a non-negative integer.
 */
export function parseTabParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** Where the content script is after the build (`entrypoints/content/index.ts`). */
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/**
 * The real {@link TabAccess}, on the extension APIs.
 * @param tabId the tab named by `?tab=`, or null for the active tab of the current window.
 */
export function browserTabAccess(tabId: number | null): TabAccess {
  const { sendMessage } = defineExtensionMessaging<ContentProtocol>();
  return {
    async findTab() {
      const tab = tabId === null
        ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
        : await browser.tabs.get(tabId);
      return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
    },
    async injectContentScript(id) {
      await browser.scripting.executeScript({ target: { tabId: id }, files: [CONTENT_SCRIPT_FILE] });
    },
    requestArticle(id) {
      return sendMessage('extractArticle', undefined, id);
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
