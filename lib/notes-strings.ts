/**
 * Every sentence of highlights and notes, in the page (the highlighter) and in the popup's Notes section. Kept with
 * the same key style as `lib/strings.ts` (`_locales` message keys later).
 */

/** Fixed UI strings of highlights and notes, by message key. */
export const notesStrings = {
  /** The in-page button shown next to a selection. */
  saveHighlight: 'Save highlight',
  /** Accessible name of the in-page note editor. */
  editorLabel: 'Save a highlight to Crux',
  /** Legend of the colour choice. */
  colourLegend: 'Colour',
  /** Label of the note field. */
  noteLabel: 'Note',
  /** Placeholder of the note field. */
  notePlaceholder: 'Why this matters (optional, #tags work here too)',
  /** Label of the tags field. */
  tagsLabel: 'Tags',
  /** Placeholder of the tags field. */
  tagsPlaceholder: 'comma or space separated',
  /** Save button of an editor. */
  save: 'Save',
  /** Cancel button of an editor. */
  cancel: 'Cancel',
  /** Keyboard hint of the in-page editor. */
  editorKeys: 'Ctrl+Enter saves · Esc cancels',
  /** Confirmation after a highlight was saved in the page. */
  saved: 'Saved to Crux',
  /** Shown in the page when the save command ran with nothing selected. */
  selectFirst: 'Select some text on the page first, then choose Save highlight.',
  /** A selection with nothing but whitespace, or outside the page's text. */
  nothingToSave: 'This highlight was not saved: the selection holds no text of the page.',
  /** The background did not answer (the extension was updated or reloaded). */
  storeUnreachable: 'This highlight was not saved: Crux couldn’t reach its notes store. Reload the page and try again.',
  /** The background did not answer when the page asked for its highlights. */
  loadUnreachable: 'Your highlights were not loaded: Crux couldn’t reach its notes store. Reload the page and try again.',
  /** Heading of the popup's Notes section. */
  notesHeading: 'Notes',
  /** Accessible name of the list of placed highlights. */
  highlightsLabel: 'Highlights on this page',
  /** Heading over highlights not found on the page. */
  notFoundHeading: 'Not found on this page',
  /** Explanation under that heading. */
  notFoundBody: 'The page changed and these passages are no longer in it. They are kept, with their quotes.',
  /** Accessible name of the list of page notes. */
  pageNotesLabel: 'Notes about this page',
  /** Empty state title. */
  emptyTitle: 'No highlights or notes on this page yet',
  /** Empty state body. */
  emptyBody: 'Select text on the page and choose Save highlight (or press Alt+Shift+H), or add a note about the whole page below.',
  /** Label of the new page note field. */
  newPageNoteLabel: 'Add a note about this page',
  /** Button that adds a page note. */
  addPageNote: 'Add note',
  /** Button that edits a note. */
  edit: 'Edit',
  /** Button that deletes a highlight or note. */
  delete: 'Delete',
  /** Button that undoes a delete. */
  undo: 'Undo',
  /** Toast after a highlight was deleted. */
  highlightDeleted: 'Highlight deleted.',
  /** Toast after a page note was deleted. */
  pageNoteDeleted: 'Note deleted.',
  /** Hint on a highlight that scrolls the page to it. */
  showOnPage: 'Show on the page',
  /** Shown when a highlight could not be scrolled to. */
  revealFailed: 'This highlight is not on the page as it is now.',
  /** Label of the colour picker of a highlight card. */
  changeColour: 'Colour',
  /** Prefix of the auto-show switch: followed by the site. */
  autoShowPrefix: 'Show my highlights automatically on',
  /** Explanation under the auto-show switch. */
  autoShowHint: 'Crux asks your browser for access to this site only, and paints your highlights when its pages load.',
  /** Button that loads the notes again after a failure. */
  tryAgain: 'Try again',
  /** Shown while notes load. */
  loading: 'Loading your notes…',
} as const;

/** "Show my highlights automatically on example.com". */
export function autoShowLabel(site: string): string {
  return `${notesStrings.autoShowPrefix} ${site}`;
}

/** Accessible name of a highlight's card, e.g. "Highlight: Key point". */
export function highlightCardLabel(colourLabel: string): string {
  return `Highlight: ${colourLabel}`;
}
