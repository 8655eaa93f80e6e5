/**
 * The Dexie database: its tables, its versions and the upgrades between them. Opened only by extension pages and
 * the background (a content script's IndexedDB belongs to the page's origin); `instance.ts` holds the app's one
 * instance, and tests make their own with `createCruxDb(name)`.
 *
 * Versions are kept while they hold an upgrade: a reader whose browser still has version 1 is upgraded in place
 * when the extension next opens the database. An upgrade only reads and writes IndexedDB (no other awaits), so it
 * runs in the version-change transaction.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { siteOf } from '../url/normalize';
import { normalizeColour } from './colours';
import type { Highlight, PageNote, PageRecord, SiteSettings } from './types';
import { indexWords, normalizeTags } from './words';

/** The database name the extension uses. */
export const DB_NAME = 'crux';

/** Version 1: pages, highlights and page notes; no word index. */
export const SCHEMA_V1 = {
  /** Primary key: normalised URL. Indexes: site (filter), lastSeen (recent pages). */
  pages: 'key, site, lastSeen',
  /** Primary key: UUID. Indexes: pageKey (a page's highlights), site, colour, tags (multi-entry), created, modified. */
  highlights: 'id, pageKey, site, colour, *tags, created, modified',
  /** Primary key: UUID. Indexes: pageKey, created, modified. */
  pageNotes: 'id, pageKey, created, modified',
} as const;

/**
 * Version 2: adds the word index (`*words`) to pages (title), highlights (quote, note, tags) and page notes (text,
 * tags); soft deletion (`deletedAt`, indexed so deleted items can be listed and purged); site and tags on page
 * notes; and per-site settings.
 */
export const SCHEMA_V2 = {
  /** Primary key: normalised URL. Indexes: site, lastSeen, words of the title (multi-entry). */
  pages: 'key, site, lastSeen, *words',
  /**
   * Primary key: UUID. Indexes: pageKey, site, colour, tags (multi-entry), words (multi-entry: search), created,
   * modified (newest first lists, merge on import), deletedAt (trash).
   */
  highlights: 'id, pageKey, site, colour, *tags, *words, created, modified, deletedAt',
  /** Primary key: UUID. Indexes: pageKey, site, tags, words (multi-entry), created, modified, deletedAt. */
  pageNotes: 'id, pageKey, site, *tags, *words, created, modified, deletedAt',
  /** Primary key: site (host without www.). No other index: read one site at a time. */
  sites: 'site',
} as const;

/** The current version. */
export const CURRENT_VERSION = 2;

/** Crux's database: typed tables over the current schema. */
export class CruxDb extends Dexie {
  /** Pages with stored highlights or notes, by normalised URL. */
  declare pages: EntityTable<PageRecord, 'key'>;
  /** Highlights with their notes and tags. */
  declare highlights: EntityTable<Highlight, 'id'>;
  /** Notes about whole pages. */
  declare pageNotes: EntityTable<PageNote, 'id'>;
  /** Per-site preferences. */
  declare sites: EntityTable<SiteSettings, 'site'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }
}

/** Creates (does not open: Dexie opens on first use) a database; tests pass a fresh name each. */
export function createCruxDb(name: string = DB_NAME): CruxDb {
  return new CruxDb(name);
}

/**
 * Version 1 → 2: computes the word index of every page, highlight and page note; gives page notes their site and
 * tags; maps colours stored as hue names ("yellow") to their meaning ("key").
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('pages')
    .toCollection()
    .modify((page: Record<string, unknown>) => {
      page.words = indexWords(typeof page.title === 'string' ? page.title : '');
      if (!Array.isArray(page.urls)) page.urls = [];
    });
  await tx
    .table('highlights')
    .toCollection()
    .modify((highlight: Record<string, unknown>) => {
      const tags = normalizeTags(
        Array.isArray(highlight.tags) ? highlight.tags.filter((t) => typeof t === 'string') : [],
      );
      const note = typeof highlight.note === 'string' ? highlight.note : '';
      const quote = typeof highlight.quote === 'string' ? highlight.quote : '';
      highlight.tags = tags;
      highlight.note = note;
      highlight.colour = normalizeColour(highlight.colour);
      highlight.words = indexWords(quote, note, tags.join(' '));
    });
  await tx
    .table('pageNotes')
    .toCollection()
    .modify((note: Record<string, unknown>) => {
      const tags = normalizeTags(Array.isArray(note.tags) ? note.tags.filter((t) => typeof t === 'string') : []);
      const text = typeof note.text === 'string' ? note.text : '';
      note.tags = tags;
      note.text = text;
      note.site = typeof note.site === 'string' ? note.site : siteOf(String(note.pageKey ?? ''));
      note.words = indexWords(text, tags.join(' '));
    });
}
