/**
 * How the popup reads the page of a tab, and everything else it asks of that page. The steps are written against a
 * small {@link TabAccess} interface so tests run them with fakes; {@link browserTabAccess} wires them to the real
 * extension APIs.
 *
 * Reading a page is cheap first, expensive only when needed: a tiny script reads the page's signature (URL,
 * canonical link, content type, fingerprint; see page-signature.ts); if the page cache has this page version, that
 * is the answer. Otherwise the content script is injected and extracts the article, and the analysis follows, so
 * the popup can show the header while the article is analysed.
 *
 * The analysis runs in the popup's own worker (`analysis-worker.ts`), which carries the English tagger's model
 * (about 1 MB gzip, some 250 ms to parse and build). It is started as soon as the cache says the page must be read,
 * so the tagger is built on another thread while the page is extracted; a cached reopen never starts it, the page
 * never receives the tagger, and the popup's own script stays small.
 */
import type { Analysis } from '@/lib/analysis/analyze';
import type { TextQuoteSelector } from '@/lib/anchoring/types';
import type { Article } from '@/lib/article/types';
import { classifyContentType, classifyInjectionError, classifyUrl, type PageProblem } from '@/lib/page-access';
import { CONTENT_SCRIPT_FILE, contentMessenger, highlighterMessenger } from '@/lib/messaging/messengers';
import { err, ok, type Result } from '@/lib/result';
import { normalizePageUrl } from '@/lib/url/normalize';
import { startAnalysisWorker, type AnalysisClient } from './analysis-client';
import { hashText, type CachedPage, type PageCache } from './page-cache';
import { readPageSignature, type PageSignature } from './page-signature';

/** The tab the popup acts on. */
export interface TargetTab {
  /** The tab's id. */
  id: number;
  /** The tab's URL; undefined when the browser hides it (no `tabs` permission and no grant for the page). */
  url?: string;
}

/** The browser operations the popup needs from its tab; a message to the page keeps its name here. */
export interface TabAccess {
  /** Finds the tab to read. @returns null when there is none (no focused window). */
  findTab(): Promise<TargetTab | null>;
  /** Reads the page's signature. Rejects with the browser's message when the page cannot be scripted. */
  readSignature(tabId: number): Promise<PageSignature>;
  /** Runs the content script in the tab. Rejects with the browser's message when the page cannot be scripted. */
  injectContentScript(tabId: number): Promise<void>;
  /** Starts preparing the analysis (the worker and its tagger) without waiting; does nothing when already started. */
  prepareAnalysis(): void;
  /** Resolves once the analysis can run (the worker's tagger is built). Rejects when it could not start. */
  analysisReady(): Promise<void>;
  /** Asks the tab's content script for the article (`extractArticle`). */
  extractArticle(tabId: number): Promise<Result<Article, PageProblem>>;
  /** Analyses an article, off the popup's thread. Rejects with a plain sentence when the analysis fails. */
  requestAnalysis(article: Article): Promise<Analysis>;
  /** Asks the tab's highlighter to scroll to a sentence and flash it (`revealQuote`). */
  revealQuote(tabId: number, quote: TextQuoteSelector): Promise<{ found: boolean }>;
}

/** A page as the popup first shows it. */
export interface LoadedPage {
  /** The article. */
  article: Article;
  /** Its analysis when already known (from the cache); null when it still has to be computed. */
  analysis: Analysis | null;
  /** Whether the page was not extracted (the cache knew this page version). */
  fromCache: boolean;
}

/** What the popup asks of the page; every method resolves, failures are values or rejections the App catches. */
export interface PageSource {
  /** Reads the page: from the cache when it holds this page version, else by extracting it. */
  load(): Promise<Result<LoadedPage, PageProblem>>;
  /** Analyses the article that {@link PageSource.load} returned and caches the result. Rejects on failure. */
  analyse(article: Article): Promise<Analysis>;
  /** Scrolls the page to a sentence and flashes it. @returns false when it is no longer on the page. Rejects on failure. */
  reveal(quote: TextQuoteSelector): Promise<boolean>;
}

/** Counts of what the popup did, readable by the end-to-end tests and the benchmark (`window.__cruxStats`). */
export interface PopupStats {
  /** Articles extracted (content script `extractArticle` requests). */
  extractions: number;
  /** Analyses run (requests to the analysis worker). */
  analyses: number;
  /** Pages shown from the cache without extracting. */
  cacheHits: number;
}

/**
 * Makes the popup's page source.
 *
 * Steps of `load`: 1. find the tab; 2. refuse URLs that cannot be read without trying; 3. read the page's signature
 * (a refusal becomes a {@link PageProblem}), refuse non-HTML documents; 4. on a cache hit (same normalised URL and
 * fingerprint) return the cached article and analysis; 5. else inject the content script and ask for the article;
 * 6. if the article's text is the cached one's, reuse the cached analysis.
 *
 * Steps of `analyse`: wait until the analysis is ready, ask for it, and cache the result.
 * @param stats counters updated as the source works
 * @param mark records a timing mark (`crux:tab-found`, `crux:signature-read`, `crux:cache-read`, `crux:extract-start`,
 *   `crux:extracted`, `crux:analysis-ready`, `crux:analysed`)
 */
export function createPageSource(
  access: TabAccess,
  cache: PageCache,
  stats: PopupStats = newStats(),
  mark: (name: string) => void = () => {},
): PageSource {
  let tabId: number | null = null;
  let injected: Promise<void> | null = null;
  /** Where to cache the analysis of the article last loaded. */
  let pending: { key: string; fingerprint: string; textHash: string } | null = null;

  const inject = (id: number): Promise<void> => {
    injected ??= access.injectContentScript(id).catch((error: unknown) => {
      injected = null;
      throw error;
    });
    return injected;
  };
  const remember = (key: string, page: CachedPage): void => {
    // Not awaited: the popup shows the result first; a failed write only costs a later extraction.
    void cache.put(key, page).catch(() => {});
  };

  return {
    async load() {
      const tab = await access.findTab().catch(() => null);
      if (!tab) return err('unexpected');
      mark('crux:tab-found');
      tabId = tab.id;
      const urlProblem = tab.url ? classifyUrl(tab.url) : null;
      if (urlProblem) return err(urlProblem);
      // The cache is read while the signature is taken: keyed by the tab's URL, it is usually the page's key (a
      // canonical link that changes the key means one more read below).
      const guessedKey = tab.url ? keyOf(tab.url) : null;
      const early = guessedKey ? cache.get(guessedKey).catch(() => null) : null;
      let signature: PageSignature;
      try {
        signature = await access.readSignature(tab.id);
        mark('crux:signature-read');
      } catch (error) {
        return err(classifyInjectionError(messageOf(error), tab.url));
      }
      const typeProblem = classifyContentType(signature.contentType);
      if (typeProblem) return err(typeProblem);

      const key = keyOf(signature.url, signature.canonical);
      const cached = await (early && key === guessedKey ? early : cache.get(key).catch(() => null));
      mark('crux:cache-read');
      if (cached && cached.fingerprint === signature.fingerprint) {
        stats.cacheHits++;
        pending = { key, fingerprint: cached.fingerprint, textHash: cached.textHash };
        void cache.touch(key).catch(() => {});
        return ok({ article: cached.article, analysis: cached.analysis, fromCache: true });
      }

      // The page has to be read, so it will likely need the analysis: start the tagger now, beside the extraction
      // (a cached reopen never pays for it).
      access.prepareAnalysis();
      try {
        await inject(tab.id);
      } catch (error) {
        return err(classifyInjectionError(messageOf(error), tab.url));
      }
      let result: Result<Article, PageProblem>;
      try {
        stats.extractions++;
        mark('crux:extract-start');
        result = await access.extractArticle(tab.id);
        mark('crux:extracted');
      } catch {
        return err('unexpected');
      }
      if (!result.ok) return result;
      const article = result.value;
      const textHash = hashText(article.text);
      pending = { key, fingerprint: signature.fingerprint, textHash };
      if (cached && cached.textHash === textHash && cached.analysis) {
        remember(key, { ...cached, fingerprint: signature.fingerprint, article });
        return ok({ article, analysis: cached.analysis, fromCache: false });
      }
      if (!article.readable) remember(key, { fingerprint: signature.fingerprint, textHash, article, analysis: null });
      return ok({ article, analysis: null, fromCache: false });
    },

    async analyse(article) {
      if (tabId === null) throw new Error('analyse() before load()');
      await access.analysisReady();
      mark('crux:analysis-ready');
      stats.analyses++;
      const analysis = await access.requestAnalysis(article);
      mark('crux:analysed');
      if (pending)
        remember(pending.key, { fingerprint: pending.fingerprint, textHash: pending.textHash, article, analysis });
      return analysis;
    },

    async reveal(quote) {
      if (tabId === null) throw new Error('reveal() before load()');
      await inject(tabId);
      return (await access.revealQuote(tabId, quote)).found;
    },
  };
}

/** Fresh counters. */
export function newStats(): PopupStats {
  return { extractions: 0, analyses: 0, cacheHits: 0 };
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

/**
 * The real {@link TabAccess}, on the extension APIs; the analysis worker is started on demand.
 * @param tabId the tab named by `?tab=`, or null for the active tab of the current window.
 */
export function browserTabAccess(tabId: number | null): TabAccess {
  // Started when the page has to be read (prepareAnalysis), so the tagger is built beside the extraction; replaced
  // if it fails, so "Try again" really retries.
  let analysis: AnalysisClient | null = null;
  const worker = (): AnalysisClient => (!analysis || analysis.failed() ? (analysis = startAnalysisWorker()) : analysis);
  return {
    async findTab() {
      const tab =
        tabId === null
          ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
          : await browser.tabs.get(tabId);
      return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
    },
    async readSignature(id) {
      const [frame] = await browser.scripting.executeScript({
        target: { tabId: id },
        func: readPageSignature,
      });
      const signature = frame?.result as PageSignature | undefined;
      if (!signature) throw new Error('The page returned no signature.');
      return signature;
    },
    async injectContentScript(id) {
      await browser.scripting.executeScript({ target: { tabId: id }, files: [CONTENT_SCRIPT_FILE] });
    },
    prepareAnalysis: () => void worker(),
    analysisReady: () => worker().ready,
    extractArticle: (id) => contentMessenger.sendMessage('extractArticle', undefined, id),
    requestAnalysis: (article) => worker().analyse(article),
    revealQuote: (id, quote) => highlighterMessenger.sendMessage('revealQuote', quote, id),
  };
}

/** The cache key of a page: its normalised URL (see lib/url/normalize.ts). */
function keyOf(url: string, canonical?: string | null): string {
  return normalizePageUrl(url, canonical).key;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
