/**
 * The typed messages of highlights and notes, one map per receiver (see `lib/protocol.ts` for the article's).
 *
 * - {@link BackgroundProtocol}: the background answers; it alone (with extension pages) opens the database, so the
 *   content script and the popup ask it. It is the store's notes messages (`lib/db/protocol.ts`) plus the per-site
 *   auto-show switch, which needs the `scripting` and `permissions` APIs.
 * - {@link HighlighterProtocol}: the in-page highlighter answers (sent by the popup and the background to one tab).
 *
 * Commands are imperative, replies are values: a failure is a `Result` carrying a plain sentence.
 */
import type { AnchorOutcome } from '../db/anchor-status';
import type { NotesProtocol, PageNotes } from '../db/protocol';
import type { PageInput } from '../db/pages';
import type { StoreError } from '../db/errors';
import type { Highlight } from '../db/types';
import type { Result } from '../result';

/** Whether highlights show automatically on a site, as the browser and the store both see it. */
export interface AutoShowState {
  /** The site (host without `www.`). */
  site: string;
  /** True only when the host permission is granted and the content script is registered for the site. */
  enabled: boolean;
}

/** Why the auto-show switch could not be changed. */
export interface AutoShowError {
  /** `no-permission`: the reader declined (or the browser refused) access to the site; `failed`: anything else. */
  code: 'no-permission' | 'failed';
  /** One plain sentence for the reader. */
  message: string;
}

/** Messages the background answers. */
export interface BackgroundProtocol extends NotesProtocol {
  /**
   * Turns auto-show on for a site whose host permission the popup has just obtained (`permissions.request` needs
   * the click in the popup): registers the content script for the site's pages and records the choice.
   * @returns the new state, or `no-permission` when the permission is missing
   */
  enableAutoShow(data: { site: string }): Result<AutoShowState, AutoShowError>;
  /** Turns auto-show off for a site: unregisters the content script, gives the host permission back, records it. */
  disableAutoShow(data: { site: string }): Result<AutoShowState, AutoShowError>;
  /** Whether auto-show is on for a site (permission granted and script registered). */
  getAutoShow(data: { site: string }): Result<AutoShowState, AutoShowError>;
  /**
   * A page anchored its highlights (sent by the highlighter after each paint): the store records which were not
   * found, for the library's mark. @returns how many highlights changed status
   */
  highlightsAnchored(data: AnchorOutcome): Result<number, StoreError>;
  /**
   * Opens a note's page in a new tab (the library sends this), at the highlight when there is one: the URL carries a
   * text fragment, and where Crux has host access to the site the highlighter is injected once the page has loaded,
   * paints the page's highlights and scrolls to this one.
   */
  openNoteInPage(data: OpenNoteRequest): OpenNoteOutcome;
}

/** A note's page to open. */
export interface OpenNoteRequest {
  /** The URL to open (the page's URL, with a text fragment for a highlight). */
  url: string;
  /** The highlight to scroll to and flash, if any. */
  highlightId?: string;
}

/** What opening a note's page did. */
export interface OpenNoteOutcome {
  /**
   * `revealed`: Crux painted the page and scrolled to the highlight; `painted`: painted, highlight not found (or
   * none asked); `opened`: the tab was opened and the browser handles the text fragment (no host access, or the
   * page could not be scripted).
   */
  shown: 'revealed' | 'painted' | 'opened';
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

/** Messages the in-page highlighter answers (sent to one tab). */
export interface HighlighterProtocol {
  /**
   * Loads the page's highlights from the background (once per injection), anchors them in one batch and paints
   * them. Answered again from the same load until the page changes.
   * @returns the page's notes and the placement, or the store's failure
   */
  showHighlights(): Result<ShownHighlights, StoreError>;
  /**
   * Scrolls to a highlight and flashes it.
   * @returns `found: false` when it is not on the page
   */
  revealHighlight(data: { id: string }): { found: boolean };
  /**
   * Opens the in-page editor for the current selection (the context menu and the keyboard command send this).
   * @returns `opened: false` when nothing is selected (the page then shows a hint saying so)
   */
  editSelection(): { opened: boolean };
  /** A highlight changed elsewhere (colour, or restored after a delete): repaint it. @returns whether it is painted */
  highlightChanged(data: { highlight: Highlight }): { painted: boolean };
  /** A highlight was deleted elsewhere: remove its paint. */
  highlightRemoved(data: { id: string }): void;
}
