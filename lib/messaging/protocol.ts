/**
 * Every typed message between Crux's parts, one map per receiver, in the manner of hypothesis/client's
 * `port-rpc-calls.d.ts`: each method is a message (its parameter the data, its return type the reply).
 *
 * - {@link BackgroundProtocol}: the background answers. It alone (with extension pages) opens the database, so the
 *   content script and the popup ask it; it also owns the per-site auto-show switch (`scripting`, `permissions`) and
 *   opening a note's page for the library.
 * - {@link ContentProtocol}: the content script (`/content-scripts/content.js`) answers, sent by the popup to one tab.
 * - {@link HighlighterProtocol}: the in-page highlighter (part of the same content script) answers, sent by the
 *   popup and the background to one tab. It owns the page's one painter.
 *
 * Commands are imperative (`saveHighlight`, `revealQuote`), events are in the past tense (`highlightsAnchored`,
 * `highlightChanged`). Failures cross as values (`Result`), because an `Error` does not survive structured cloning;
 * they carry codes, and `lib/strings.ts` turns them into sentences where they are shown. The messengers are made
 * once, in `messengers.ts`; the handlers live in `entrypoints/` (`Handlers<P>` of `handlers.ts`).
 */
import type { Selector, TextQuoteSelector } from '../anchoring/types';
import type { Article } from '../article/types';
import type { AnchorOutcome } from '../db/anchor-status';
import type { ColourName } from '../db/colours';
import type { StoreError } from '../db/errors';
import type { HighlightChanges, NewHighlight, NewPageNote, PageNoteChanges } from '../db/notes';
import type { PageInput } from '../db/pages';
import type { SearchFilters, SearchResult } from '../db/search';
import type { Highlight, PageNote, PageNotes, SiteSettings } from '../db/types';
import type { PageProblem } from '../page-access';
import type { Result } from '../result';

/** Messages the background answers. */
export interface BackgroundProtocol {
  /** Saves a highlight the reader just made. @returns the stored highlight, or why it was not saved */
  saveHighlight(data: NewHighlight): Result<Highlight, StoreError>;
  /** Changes a highlight's note, tags or colour. @returns the changed highlight */
  updateHighlight(data: { id: string; changes: HighlightChanges }): Result<Highlight, StoreError>;
  /** Deletes a highlight (undo with `restoreHighlight`). @returns the highlight as it was deleted */
  deleteHighlight(data: { id: string }): Result<Highlight, StoreError>;
  /** Undoes `deleteHighlight`. @returns the restored highlight */
  restoreHighlight(data: { id: string }): Result<Highlight, StoreError>;
  /** Adds a note about the whole page. @returns the stored note */
  addPageNote(data: NewPageNote): Result<PageNote, StoreError>;
  /** Changes a page note. @returns the changed note */
  updatePageNote(data: { id: string; changes: PageNoteChanges }): Result<PageNote, StoreError>;
  /** Deletes a page note (undo with `restorePageNote`). @returns the note as it was deleted */
  deletePageNote(data: { id: string }): Result<PageNote, StoreError>;
  /** Undoes `deletePageNote`. @returns the restored note */
  restorePageNote(data: { id: string }): Result<PageNote, StoreError>;
  /**
   * Everything stored for a page, to re-anchor and list; refreshes the page's title and last visit.
   * @returns the page's highlights and notes (empty lists for a page with nothing stored)
   */
  loadPageNotes(data: PageInput): Result<PageNotes, StoreError>;
  /** Searches notes (the library). @returns one page of results, newest change first */
  searchNotes(data: { query: string; filters?: SearchFilters }): Result<SearchResult, StoreError>;
  /** A site's settings. @returns null when nothing is set (auto-show off) */
  getSiteSettings(data: { site: string }): Result<SiteSettings | null, StoreError>;
  /** Turns auto-show on or off for a site in the store only. @returns the new settings */
  setSiteAutoShow(data: { site: string; autoShow: boolean }): Result<SiteSettings, StoreError>;
  /**
   * Turns auto-show on for a site whose host permission the popup has just obtained (`permissions.request` needs
   * the click in the popup): registers the content script for the site's pages and records the choice.
   * @returns the new state, or `no-permission` when the permission is missing
   */
  enableAutoShow(data: { site: string }): Result<AutoShowState, AutoShowError>;
  /**
   * Turns auto-show off for a site: unregisters the content script, gives the host permission back, records it.
   * @returns the new state
   */
  disableAutoShow(data: { site: string }): Result<AutoShowState, AutoShowError>;
  /** Whether auto-show is on for a site. @returns the state (on only with the permission and the registration) */
  getAutoShow(data: { site: string }): Result<AutoShowState, AutoShowError>;
  /**
   * A page anchored its highlights (sent by the highlighter after each paint): the store records which were not
   * found, for the library's mark. @returns how many highlights changed status
   */
  highlightsAnchored(data: AnchorOutcome): Result<number, StoreError>;
  /**
   * Opens a note's page in a new tab (the library sends this), at the highlight when there is one: the URL carries a
   * text fragment, and where Crux has host access to the site the highlighter is injected once the page has loaded,
   * paints the page's highlights and reveals this one. Only `http:` and `https:` URLs are opened.
   * @returns how far it got (`refused` for any other URL: nothing is opened)
   */
  openNoteInPage(data: OpenNoteRequest): OpenNoteOutcome;
  /**
   * The note editor's frame has loaded and asks the page it is shown in (its tab's highlighter, relayed) what it
   * is about. @returns the passage being saved, or null when that page has no editor open
   */
  readEditorDraft(): EditorDraft | null;
  /** The reader picked a colour in the editor: relayed to the page, which previews it on the passage. */
  editorColourChosen(data: { colour: ColourName }): void;
  /** The editor's content changed height (CSS pixels): relayed to the page, which sizes the frame. */
  editorResized(data: { height: number }): void;
  /**
   * The editor closed: saved (the page paints the new highlight and says so) or cancelled (`saved: null`; the
   * page removes the preview). Relayed to the page, which removes the frame.
   */
  editorClosed(data: { saved: Highlight | null }): void;
}

/** Messages the content script answers (sent by the popup to one tab). */
export interface ContentProtocol {
  /**
   * Reads the article from the live page (on a clone; the page is not changed) and keeps it for the popup. Pages
   * that do not look like an article are still read (with `readable: false`): the popup decides whether to show them.
   * @returns the article, or 'pdf' / 'not-html' for non-HTML documents, 'no-article' / 'empty' when there is
   *   nothing to read
   */
  extractArticle(): Result<Article, PageProblem>;
}

/** Messages the in-page highlighter answers (sent to one tab). */
export interface HighlighterProtocol {
  /**
   * Loads the page's highlights from the background (once per injection), anchors them in one batch and paints
   * them. Answered again from the same load until the page changes.
   * @returns the page's notes and the placement, or the store's failure
   */
  showHighlights(): Result<ShownHighlights, StoreError>;
  /**
   * Scrolls the page to a quote and flashes it: a summary or evidence sentence of the article, or a stored
   * highlight (a painted highlight with this very quote flashes where it is painted).
   * @returns `found: false` when the quote is no longer on the page (nothing scrolls then)
   */
  revealQuote(data: TextQuoteSelector): { found: boolean };
  /**
   * Opens the in-page editor for the current selection (the context menu and the keyboard command send this).
   * @returns `opened: false` when nothing is selected (the page then shows a hint saying so)
   */
  editSelection(): { opened: boolean };
  /** A highlight changed elsewhere (colour, or restored after a delete): repaint it. @returns whether it is painted */
  highlightChanged(data: { highlight: Highlight }): { painted: boolean };
  /** A highlight was deleted elsewhere: remove its paint. */
  highlightRemoved(data: { id: string }): void;
  /** Relayed from the editor's frame (see `BackgroundProtocol`). @returns the passage being saved, or null */
  readEditorDraft(): EditorDraft | null;
  /** Relayed from the editor's frame: preview the passage in this colour. */
  editorColourChosen(data: { colour: ColourName }): void;
  /** Relayed from the editor's frame: its content is this tall. */
  editorResized(data: { height: number }): void;
  /** Relayed from the editor's frame: it closed, with the saved highlight or null. */
  editorClosed(data: { saved: Highlight | null }): void;
}

/**
 * What the note editor edits: the passage the reader chose, as the page's highlighter described it. The editor
 * (an extension page in a frame) adds the colour, note and tags and saves it through the background itself.
 */
export interface EditorDraft {
  /** The page, as the store identifies it. */
  page: PageInput;
  /** The passage's selectors (W3C Web Annotation). */
  selectors: Selector[];
  /** The colour the editor starts with. */
  colour: ColourName;
}

/** Where each of a page's stored highlights ended up when the highlighter painted them. */
export interface Placement {
  /** Ids of the highlights found and painted, in page order. */
  placed: string[];
  /** Ids of the highlights not found on the page as it is now (kept, listed with their quotes). */
  notFound: string[];
}

/** What the highlighter shows for its page: the stored notes, where the highlights were found, and the page itself. */
export interface ShownHighlights extends PageNotes {
  /** The page as the highlighter identified it (for adding a page note from the popup). */
  page: PageInput;
  /** Placement of `highlights`. */
  placement: Placement;
}

/** Whether highlights show automatically on a site, as the browser and the store both see it. */
export interface AutoShowState {
  /** The site (host without `www.`). */
  site: string;
  /** True only when the host permission is granted and the content script is registered for the site. */
  enabled: boolean;
}

/** Why the auto-show switch could not be changed (`autoShowErrorSentence` of `lib/strings.ts` says it). */
export type AutoShowError =
  /** The site's host permission is not granted (the reader declined, or the browser refused). */
  | { code: 'no-permission'; site: string }
  /** The browser refused to register or unregister the content script; `detail` is its own words, if any. */
  | { code: 'failed'; site: string; detail?: string }
  /** The browser did it, but the store did not record the choice. */
  | { code: 'not-saved'; site: string; cause: StoreError };

/** A note's page to open. */
export interface OpenNoteRequest {
  /** The URL to open (the page's URL, with a text fragment for a highlight). */
  url: string;
  /** The highlight's quote to reveal, if any. */
  quote?: TextQuoteSelector;
}

/** What opening a note's page did. */
export interface OpenNoteOutcome {
  /**
   * `revealed`: Crux painted the page and scrolled to the highlight; `painted`: painted, highlight not found (or
   * none asked); `opened`: the tab was opened and the browser handles the text fragment (no host access, or the
   * page could not be scripted); `refused`: not an `http:` or `https:` URL, nothing opened.
   */
  shown: 'revealed' | 'painted' | 'opened' | 'refused';
}
