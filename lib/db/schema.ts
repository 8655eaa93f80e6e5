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
import { tick } from './revision';
import { addPendingChunks } from './pending-words';
import type { Highlight, MetaRecord, PageNote, PageRecord, PendingChunk, SiteSettings, WordRow } from './types';
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

/**
 * Version 3: adds `meta` (this profile's device id, the device of its revisions). Notes gain a version vector and
 * a revision (`revision.ts`, not indexed: merges read notes by id); the upgrade gives every stored note one change
 * by this device, so an import can replace it only with a copy that has seen it.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  /** Primary key: what the value is (`device`). No index: read by key. */
  meta: 'key',
} as const;

/**
 * Version 4: moves the word index of highlights and page notes out of their tables into word tables of their own
 * (`WordRow`: id and words, `*words` indexed), so an import writes its notes without the index's cost and their rows
 * follow in the background (`word-index.ts`), listed meanwhile in `pendingWords`. Notes keep their `words` (unindexed): the library's in-memory index
 * and the store's in-memory matching read them there. The upgrade lists every stored note as pending, so the rows
 * are written after it, in batches, rather than while the database is held for the upgrade.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  /**
   * As in version 3 without `*words`, `colour` and `created`: every index costs every written note an entry, and
   * those two only served the store's colour and date filters, which check the notes read instead (`search.ts`).
   */
  highlights: 'id, pageKey, site, *tags, modified, deletedAt',
  /** As in version 3 without `*words` and `created`. */
  pageNotes: 'id, pageKey, site, *tags, modified, deletedAt',
  /** Primary key: the highlight's id. Index: its words (multi-entry: search). */
  highlightWords: 'id, *words',
  /** Primary key: the page note's id. Index: its words (multi-entry: search). */
  pageNoteWords: 'id, *words',
  /** Primary key: auto-incremented (the order chunks were added). No index: read in full, or the first. */
  pendingWords: '++seq',
} as const;

/** The current version. */
export const CURRENT_VERSION = 4;

/** The `meta` key of this profile's device id. */
export const DEVICE_KEY = 'device';

/** Milliseconds in a day. */
const DAY_MS = 24 * 60 * 60 * 1000;

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
  /** What Crux keeps about itself: this profile's device id. */
  declare meta: EntityTable<MetaRecord, 'key'>;
  /** The word index of highlights (`word-index.ts`). */
  declare highlightWords: EntityTable<WordRow, 'id'>;
  /** The word index of page notes (`word-index.ts`). */
  declare pageNoteWords: EntityTable<WordRow, 'id'>;
  /** Notes whose word rows are still to be written, in chunks (`word-index.ts`). */
  declare pendingWords: EntityTable<PendingChunk, 'seq'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    // A new database gets its device id when it is created (upgrades do not run then).
    this.on('populate', (tx) => {
      void tx.table('meta').add({ key: DEVICE_KEY, value: crypto.randomUUID() });
    });
  }
}

/** The device ids of opened databases: read once, never changed. */
const deviceIds = new WeakMap<CruxDb, string>();

/**
 * This profile's device id, the device of every change made here. Call it outside a transaction (it opens its
 * own the first time, then answers from memory).
 */
export async function deviceIdOf(db: CruxDb): Promise<string> {
  const known = deviceIds.get(db);
  if (known !== undefined) return known;
  const id = await db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get(DEVICE_KEY);
    if (stored) return stored.value;
    const value = crypto.randomUUID();
    await db.meta.add({ key: DEVICE_KEY, value });
    return value;
  });
  deviceIds.set(db, id);
  return id;
}

/** Creates (does not open: Dexie opens on first use) a database; tests pass a fresh name each. */
export function createCruxDb(name: string = DB_NAME): CruxDb {
  return new CruxDb(name);
}

/**
 * Version 3 → 4: lists every stored note as pending, so the background writes their word rows after the upgrade
 * (`catchUpWords`); until then the store's search matches them from their own `words`.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  await addPendingChunks(tx.table('pendingWords'), {
    highlights: (await tx.table('highlights').toCollection().primaryKeys()) as string[],
    pageNotes: (await tx.table('pageNotes').toCollection().primaryKeys()) as string[],
  });
}

/**
 * Version 2 → 3: makes this profile's device id; gives every highlight and page note one change by it (so a stored
 * note is a local edit that only a descendant may replace); renormalises colours (a v2 import could store
 * `"__proto__"`), and brings times later than tomorrow back to now (a v2 import could store 9999-12-31).
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const meta = tx.table('meta');
  const stored = (await meta.get(DEVICE_KEY)) as MetaRecord | undefined;
  const device = stored?.value ?? crypto.randomUUID();
  if (!stored) await meta.add({ key: DEVICE_KEY, value: device });
  const now = Date.now();
  const latest = now + DAY_MS;
  const clampTimes = (note: Record<string, unknown>): void => {
    for (const field of ['created', 'modified', 'deletedAt']) {
      const value = note[field];
      if (typeof value === 'number' && value > latest) note[field] = now;
    }
  };
  const { clock, revision } = tick([], device);
  await tx
    .table('highlights')
    .toCollection()
    .modify((highlight: Record<string, unknown>) => {
      highlight.colour = normalizeColour(highlight.colour);
      clampTimes(highlight);
      highlight.clock = clock;
      highlight.revision = revision;
    });
  await tx
    .table('pageNotes')
    .toCollection()
    .modify((note: Record<string, unknown>) => {
      clampTimes(note);
      note.clock = clock;
      note.revision = revision;
    });
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
