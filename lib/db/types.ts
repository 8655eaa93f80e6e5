/**
 * The records Crux stores (schema version 2, the current one). Ids are random UUIDs, and every note carries
 * `created` and `modified` times, so an export can be merged back by id with the later `modified` winning.
 * Times are milliseconds since the epoch.
 */
import type { Selector } from '../anchoring/types';
import type { ColourName } from './colours';
import type { Clock, Revision } from './revision';

/** A page the reader has highlighted or annotated. */
export interface PageRecord {
  /** The normalised URL (`normalizePageUrl(...).key`): the page's identity. */
  key: string;
  /** The host without `www.`, for grouping and filtering by site. */
  site: string;
  /** The page's title when last seen. */
  title: string;
  /** URLs the page was visited at, most recent first (at most `MAX_PAGE_URLS`). */
  urls: string[];
  /** When Crux first stored something for the page. */
  firstSeen: number;
  /** When the page was last shown with Crux. */
  lastSeen: number;
  /** Word-index entries of the title (see `words.ts`), so search finds notes by their page's title. */
  words: string[];
}

/** A highlighted passage, with its note and tags. */
export interface Highlight {
  /** Random UUID. */
  id: string;
  /** Key of the page it is on. */
  pageKey: string;
  /** Site of that page (copied here so the library can filter by site without reading pages). */
  site: string;
  /** The URL the highlight was made at. */
  url: string;
  /** The highlighted text as shown to the reader (whitespace collapsed). */
  quote: string;
  /** W3C selectors to find it again: a TextQuoteSelector and a TextPositionSelector. */
  selectors: Selector[];
  /** Its colour, by meaning. */
  colour: ColourName;
  /** The reader's note; empty for none. */
  note: string;
  /** Normalised tags (see `normalizeTag`). */
  tags: string[];
  /** Word-index entries of quote, note and tags. */
  words: string[];
  /** When it was made. */
  created: number;
  /** When it or its note, tags or colour last changed (deleting and restoring count). */
  modified: number;
  /** When it was deleted; absent while it is live. Deleted highlights are kept so a delete can be undone. */
  deletedAt?: number;
  /** Which devices changed it, and how often (`revision.ts`): what a merge compares. Absent means empty. */
  clock?: Clock;
  /** Its latest change (device and count): the version an editor checks before saving. Absent means none. */
  revision?: Revision;
}

/** A note about a whole page. */
export interface PageNote {
  /** Random UUID. */
  id: string;
  /** Key of the page it is about. */
  pageKey: string;
  /** Site of that page. */
  site: string;
  /** The note. */
  text: string;
  /** Normalised tags. */
  tags: string[];
  /** Word-index entries of text and tags. */
  words: string[];
  /** When it was written. */
  created: number;
  /** When it last changed (deleting and restoring count). */
  modified: number;
  /** When it was deleted; absent while it is live. */
  deletedAt?: number;
  /** Which devices changed it, and how often (`revision.ts`). Absent means empty. */
  clock?: Clock;
  /** Its latest change (device and count). Absent means none. */
  revision?: Revision;
}

/** Notes whose word rows are not written yet (imported in bulk): ids per kind, oldest first. */
export interface PendingWords {
  /** Highlights whose `highlightWords` row is missing or older than the note. */
  highlights: string[];
  /** Page notes whose `pageNoteWords` row is missing or older than the note. */
  pageNotes: string[];
}

/**
 * Some notes of one kind whose word rows are still to be written (`pendingWords` table): at most one catch-up
 * batch of them, so marking and clearing cost a row per batch, never a rewrite of the whole list.
 */
export interface PendingChunk {
  /** Auto-incremented: the order the chunks were added in. */
  seq?: number;
  /** Which notes. */
  kind: keyof PendingWords;
  /** Their ids. */
  ids: string[];
}

/** A value Crux keeps about itself in the store (`meta` table). */
export interface MetaRecord {
  /** What it is (`device`: this profile's id, the device of its revisions). */
  key: string;
  /** Its value. */
  value: string;
}

/**
 * A note's row in its kind's word table (`highlightWords`, `pageNoteWords`): the note's `words` under a multi-entry
 * index, so the store can search by word. Kept apart from the note so that writing many notes at once (an import)
 * is not slowed by the index: their rows follow in the background (`word-index.ts`).
 */
export interface WordRow {
  /** The note's id. */
  id: string;
  /** The note's `words`, as they were when the row was written. */
  words: string[];
}

/** Per-site preferences. */
export interface SiteSettings {
  /** The host without `www.`. */
  site: string;
  /** Whether Crux shows its highlights on this site's pages without being asked (opt-in per site). */
  autoShow: boolean;
  /** When the preference last changed. */
  modified: number;
}

/** How many visited URLs a page keeps. */
export const MAX_PAGE_URLS = 10;

/** What a page shows: its highlights to re-anchor and its notes. */
export interface PageNotes {
  /** The page's key (normalised URL). */
  pageKey: string;
  /** Live highlights in page order. */
  highlights: Highlight[];
  /** Live page notes, oldest first. */
  notes: PageNote[];
}
