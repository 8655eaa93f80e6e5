/**
 * The popup's cache of analysed pages, so that reopening Crux on a page it has read shows the result at once
 * without reading the page again. It lives in `browser.storage.session`: in memory, shared by every popup, kept
 * when the popup closes, cleared when the browser restarts — "once per page version" without anything on disk.
 *
 * An entry is keyed by the page's normalised URL (`lib/url/normalize.ts`) and holds the page's fingerprint (read
 * without Readability, see page-signature.ts), a hash of the article's text, the article and its analysis.
 * - Same URL and fingerprint: a hit, shown without extracting.
 * - Same URL, new fingerprint: the page is extracted again; if the article's text hash is unchanged, the stored
 *   analysis is reused (only the fingerprint moved, e.g. a comment count or a clock in the page).
 * Bounded: at most {@link MAX_ENTRIES} pages and about {@link MAX_BYTES} of JSON, least recently used out first
 * (the session area holds 10 MB in Chrome).
 */
import type { Analysis } from '@/lib/analysis/analyze';
import type { Article } from '@/lib/article/types';

/** The part of `browser.storage.session` the cache uses (so tests pass a Map-backed fake). */
export interface KeyValueArea {
  /** Reads keys; missing keys are absent from the result. */
  get(keys: string[]): Promise<Record<string, unknown>>;
  /** Writes keys. */
  set(items: Record<string, unknown>): Promise<void>;
  /** Deletes keys. */
  remove(keys: string[]): Promise<void>;
}

/** One analysed page version. */
export interface CachedPage {
  /** The page's fingerprint when it was read. */
  fingerprint: string;
  /** {@link hashText} of `article.text`. */
  textHash: string;
  /** The extracted article. */
  article: Article;
  /** Its analysis; null for a page that is not an article and was not analysed (yet). */
  analysis: Analysis | null;
}

/** How many pages the cache keeps. */
export const MAX_ENTRIES = 50;
/** Rough budget for the entries' JSON, under the session area's 10 MB quota with room for the rest of Crux. */
export const MAX_BYTES = 6_000_000;

/** Key of the list of cached pages, most recently used last. */
const INDEX_KEY = 'crux:pages';
/** Prefix of each page's key. */
const ENTRY_PREFIX = 'crux:page:';

/** The cache's table of contents: page keys with their entry's approximate size. */
type CacheIndex = { key: string; bytes: number }[];

/** The page cache's operations. */
export interface PageCache {
  /** The entry for a page key. @returns null when the page was never cached or was evicted. */
  get(pageKey: string): Promise<CachedPage | null>;
  /** Stores (or replaces) a page's entry and evicts the least recently used beyond the bounds. */
  put(pageKey: string, page: CachedPage): Promise<void>;
  /** Marks a page as just used, so it is evicted last. */
  touch(pageKey: string): Promise<void>;
}

/** Makes the page cache over a storage area. */
export function createPageCache(area: KeyValueArea, limits = { entries: MAX_ENTRIES, bytes: MAX_BYTES }): PageCache {
  const readIndex = async (): Promise<CacheIndex> => {
    const value = (await area.get([INDEX_KEY]))[INDEX_KEY];
    return Array.isArray(value) ? (value as CacheIndex) : [];
  };

  return {
    async get(pageKey) {
      const value = (await area.get([ENTRY_PREFIX + pageKey]))[ENTRY_PREFIX + pageKey];
      return isCachedPage(value) ? value : null;
    },
    async put(pageKey, page) {
      const bytes = JSON.stringify(page).length;
      const index = (await readIndex()).filter((e) => e.key !== pageKey);
      index.push({ key: pageKey, bytes });
      const evicted: string[] = [];
      let total = index.reduce((sum, e) => sum + e.bytes, 0);
      while (index.length > 1 && (index.length > limits.entries || total > limits.bytes)) {
        const old = index.shift()!;
        total -= old.bytes;
        evicted.push(ENTRY_PREFIX + old.key);
      }
      if (evicted.length) await area.remove(evicted);
      if (bytes > limits.bytes) {
        // Too big to keep even alone: remember nothing rather than fail on the quota.
        await area.set({ [INDEX_KEY]: index.filter((e) => e.key !== pageKey) });
        return;
      }
      await area.set({ [ENTRY_PREFIX + pageKey]: page, [INDEX_KEY]: index });
    },
    async touch(pageKey) {
      const index = await readIndex();
      const at = index.findIndex((e) => e.key === pageKey);
      if (at < 0 || at === index.length - 1) return;
      index.push(...index.splice(at, 1));
      await area.set({ [INDEX_KEY]: index });
    },
  };
}

/** Whether a stored value has the shape of a {@link CachedPage} (the session area may hold an older shape). */
function isCachedPage(value: unknown): value is CachedPage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CachedPage>;
  return (
    typeof v.fingerprint === 'string' &&
    typeof v.textHash === 'string' &&
    typeof v.article === 'object' &&
    v.analysis !== undefined
  );
}

/**
 * A short hash of a text (32-bit FNV-1a, with the length): enough to tell whether an article's text changed, not
 * a security measure.
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}
