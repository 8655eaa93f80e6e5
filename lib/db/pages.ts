/**
 * Page records and per-site settings. A page is stored only once something is saved on it (Crux keeps no browsing
 * history): saving a highlight or note creates or refreshes it inside the same transaction.
 */
import { err, ok, type Result } from '../result';
import { normalizePageUrl, siteOf } from '../url/normalize';
import { toStoreError, type StoreError } from './errors';
import type { CruxDb } from './schema';
import { MAX_PAGE_URLS, type PageRecord, type SiteSettings } from './types';
import { indexWords } from './words';

/** A page as the browser wiring knows it. */
export interface PageInput {
  /** The URL as visited (the tab's URL). */
  url: string;
  /** The `href` of the page's `<link rel="canonical">`, if any. */
  canonicalHref?: string | null;
  /** The page's title. */
  title: string;
}

/** A page's identity: its key and the URL it was visited at. */
export interface PageIdentity {
  /** Normalised URL. */
  key: string;
  /** URL as visited. */
  original: string;
  /** Title as shown. */
  title: string;
}

/** The identity of a page (the rules are in `lib/url/normalize.ts`). */
export function identifyPage(page: PageInput): PageIdentity {
  const { key, original } = normalizePageUrl(page.url, page.canonicalHref);
  return { key, original, title: page.title.trim() };
}

/** The page record after a visit: created when new, else title, URLs and `lastSeen` refreshed. */
export function mergePage(existing: PageRecord | undefined, page: PageIdentity, now: number): PageRecord {
  const title = page.title || existing?.title || '';
  const urls = [page.original, ...(existing?.urls ?? []).filter((u) => u !== page.original)].slice(0, MAX_PAGE_URLS);
  return {
    key: page.key,
    site: existing?.site ?? siteOf(page.key),
    title,
    urls,
    firstSeen: existing?.firstSeen ?? now,
    lastSeen: Math.max(now, existing?.lastSeen ?? now),
    words: indexWords(title),
  };
}

/**
 * Creates or refreshes a page record. Call inside a read-write transaction that includes `pages`.
 * @returns the record as written
 */
export async function touchPage(db: CruxDb, page: PageIdentity, now: number): Promise<PageRecord> {
  const record = mergePage(await db.pages.get(page.key), page, now);
  await db.pages.put(record);
  return record;
}

/**
 * Refreshes a page Crux already stores something for (title, URLs, last seen) when it is shown again. Pages
 * without notes are not recorded.
 * @returns the updated record, or null when Crux stores nothing for the page
 */
export async function recordPageVisit(
  db: CruxDb,
  page: PageInput,
  now: number = Date.now(),
): Promise<Result<PageRecord | null, StoreError>> {
  const identity = identifyPage(page);
  try {
    return ok(
      await db.transaction('rw', db.pages, async () => {
        const existing = await db.pages.get(identity.key);
        if (!existing) return null;
        const record = mergePage(existing, identity, now);
        await db.pages.put(record);
        return record;
      }),
    );
  } catch (error) {
    return err(toStoreError(error, 'update-page'));
  }
}

/**
 * A stored page.
 * @returns null when Crux stores nothing for it
 */
export async function getPage(db: CruxDb, key: string): Promise<Result<PageRecord | null, StoreError>> {
  try {
    return ok((await db.pages.get(key)) ?? null);
  } catch (error) {
    return err(toStoreError(error, 'load-page'));
  }
}

/**
 * A site's settings.
 * @returns null when the reader has set nothing for the site (auto-show is then off)
 */
export async function getSiteSettings(db: CruxDb, site: string): Promise<Result<SiteSettings | null, StoreError>> {
  try {
    return ok((await db.sites.get(site)) ?? null);
  } catch (error) {
    return err(toStoreError(error, 'load-site-settings'));
  }
}

/** Turns showing highlights automatically on a site's pages on or off. */
export async function setSiteAutoShow(
  db: CruxDb,
  site: string,
  autoShow: boolean,
  now: number = Date.now(),
): Promise<Result<SiteSettings, StoreError>> {
  const settings: SiteSettings = { site, autoShow, modified: now };
  try {
    await db.sites.put(settings);
    return ok(settings);
  } catch (error) {
    return err(toStoreError(error, 'save-setting'));
  }
}
