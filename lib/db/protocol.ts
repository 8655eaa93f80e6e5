/**
 * The notes messages the background answers, and their handlers. The content script and the popup cannot (or
 * should not) open the database themselves, so they send these; the background registers `createNotesHandlers(db)`
 * with the messaging library, one handler per message. Commands are imperative; every reply is a `Result`, so a
 * failure reaches the page as a plain sentence.
 *
 * `lib/protocol.ts` can fold this map into the background's: `interface BackgroundProtocol extends NotesProtocol`.
 */
import type { Result } from '../result';
import type { StoreError } from './errors';
import {
  addPageNote, deleteHighlight, deletePageNote, listPageHighlights, listPageNotes, restoreHighlight, restorePageNote,
  saveHighlight, updateHighlight, updatePageNote, type HighlightChanges, type NewHighlight, type NewPageNote, type PageNoteChanges,
} from './notes';
import { getSiteSettings, identifyPage, recordPageVisit, setSiteAutoShow, type PageInput } from './pages';
import type { CruxDb } from './schema';
import { searchNotes, type SearchFilters, type SearchResult } from './search';
import type { Highlight, PageNote, PageRecord, SiteSettings } from './types';

/** What a page shows: its highlights to re-anchor and its notes. */
export interface PageNotes {
  /** The page's key (normalised URL). */
  pageKey: string;
  /** Live highlights in page order. */
  highlights: Highlight[];
  /** Live page notes, oldest first. */
  notes: PageNote[];
}

/** Messages the background answers about notes, one method per message (data in, reply out). */
export interface NotesProtocol {
  /** Saves a highlight the reader just made. */
  saveHighlight(data: NewHighlight): Result<Highlight, StoreError>;
  /** Changes a highlight's note, tags or colour. */
  updateHighlight(data: { id: string; changes: HighlightChanges }): Result<Highlight, StoreError>;
  /** Deletes a highlight (undo with `restoreHighlight`). */
  deleteHighlight(data: { id: string }): Result<Highlight, StoreError>;
  /** Undoes `deleteHighlight`. */
  restoreHighlight(data: { id: string }): Result<Highlight, StoreError>;
  /** Adds a note about the whole page. */
  addPageNote(data: NewPageNote): Result<PageNote, StoreError>;
  /** Changes a page note. */
  updatePageNote(data: { id: string; changes: PageNoteChanges }): Result<PageNote, StoreError>;
  /** Deletes a page note (undo with `restorePageNote`). */
  deletePageNote(data: { id: string }): Result<PageNote, StoreError>;
  /** Undoes `deletePageNote`. */
  restorePageNote(data: { id: string }): Result<PageNote, StoreError>;
  /** Everything stored for a page, to re-anchor and list; refreshes the page's title and last visit. */
  loadPageNotes(data: PageInput): Result<PageNotes, StoreError>;
  /** Searches notes (the library). */
  searchNotes(data: { query: string; filters?: SearchFilters }): Result<SearchResult, StoreError>;
  /** A site's settings (null: nothing set, auto-show off). */
  getSiteSettings(data: { site: string }): Result<SiteSettings | null, StoreError>;
  /** Turns auto-show on or off for a site. */
  setSiteAutoShow(data: { site: string; autoShow: boolean }): Result<SiteSettings, StoreError>;
}

/** A handler per notes message: takes the message's data, resolves to its reply. */
export type NotesHandlers = {
  [K in keyof NotesProtocol]: (data: Parameters<NotesProtocol[K]>[0]) => Promise<ReturnType<NotesProtocol[K]>>;
};

/** The handlers for every notes message, over one database. */
export function createNotesHandlers(db: CruxDb): NotesHandlers {
  return {
    saveHighlight: (data) => saveHighlight(db, data),
    updateHighlight: ({ id, changes }) => updateHighlight(db, id, changes),
    deleteHighlight: ({ id }) => deleteHighlight(db, id),
    restoreHighlight: ({ id }) => restoreHighlight(db, id),
    addPageNote: (data) => addPageNote(db, data),
    updatePageNote: ({ id, changes }) => updatePageNote(db, id, changes),
    deletePageNote: ({ id }) => deletePageNote(db, id),
    restorePageNote: ({ id }) => restorePageNote(db, id),
    loadPageNotes: (page) => loadPageNotes(db, page),
    searchNotes: ({ query, filters }) => searchNotes(db, query, filters),
    getSiteSettings: ({ site }) => getSiteSettings(db, site),
    setSiteAutoShow: ({ site, autoShow }) => setSiteAutoShow(db, site, autoShow),
  };
}

/**
 * Everything stored for a page: refreshes its record if it has one, then reads its highlights and notes.
 * @returns empty lists for a page with nothing stored
 */
export async function loadPageNotes(db: CruxDb, page: PageInput): Promise<Result<PageNotes, StoreError>> {
  const { key } = identifyPage(page);
  const visit: Result<PageRecord | null, StoreError> = await recordPageVisit(db, page);
  if (!visit.ok) return visit;
  const highlights = await listPageHighlights(db, key);
  if (!highlights.ok) return highlights;
  const notes = await listPageNotes(db, key);
  if (!notes.ok) return notes;
  return { ok: true, value: { pageKey: key, highlights: highlights.value, notes: notes.value } };
}
