/**
 * Every sentence the reader sees (popup, in-page highlighter, library, context menu), in one place, keyed like
 * `_locales/<lang>/messages.json` entries so the move to `browser.i18n.getMessage` later is mechanical. Failures
 * arrive as codes with their data (`StoreError`, `ImportError`, `AutoShowError`) and are said here. Numbers go
 * through `Intl` so they read naturally per locale.
 */
import type { ColourName } from './db/colours';
import type { StoreAction, StoreError } from './db/errors';
import type { DateField, ImportError, ItemProblem, JsonKind } from './export/parse-annotations';
import type { AutoShowError } from './messaging/protocol';
import type { PageProblem } from './page-access';

/** Fixed UI strings, by message key. */
export const strings = {
  /** The extension's name, as shown in the popup's top bar. */
  appName: 'Crux',
  /** Accessible name of the loading skeleton. */
  loadingLabel: 'Reading the page…',
  /** Accessible name of the article's facts (reading time, word count). */
  articleFactsLabel: 'About this article',
  /** Prefix before the article's author line. */
  bylinePrefix: 'By',
  /** Heading when the page does not look like an article. */
  notArticleTitle: 'This doesn’t look like an article',
  /** Explanation when the page does not look like an article. */
  notArticleBody:
    'Crux works best on a single article, such as a news story, an essay or a blog post. This page looks more like a list, a shop or a form.',
  /** Button that reads a non-article page anyway. */
  analyseAnyway: 'Analyse anyway',
  /** Button that tries again after a failure. */
  tryAgain: 'Try again',
  /** Accessible name of the list of sections (tabs). */
  sectionsLabel: 'Sections',
  /** Tab and heading of the summary. */
  summaryTab: 'Summary',
  /** Tab and heading of the sticking points. */
  stickingPointsTab: 'Sticking points',
  /** Tab and heading of this page's notes. */
  notesTab: 'Notes',
  /** Accessible name of the sections' placeholder while the article is analysed. */
  analysingLabel: 'Analysing the article…',
  /** Heading when the analysis failed but the article was read. */
  analysisFailedTitle: 'Crux couldn’t analyse this article',
  /** Explanation when the analysis failed. */
  analysisFailedBody:
    'The article was read, but something went wrong while summarising it. Try again, or reload the page.',
  /** Accessible name of the summary's sentence list. */
  summaryListLabel: 'Summary sentences',
  /** Hint on every clickable sentence (summary or evidence), read after its text. */
  revealHint: 'Show this sentence on the page',
  /** Accessible name of the summary length control. */
  lengthLabel: 'Summary length',
  /** Button that removes a sentence from the summary. */
  shorter: 'Shorter',
  /** Button that adds a sentence to the summary. */
  longer: 'Longer',
  /** Heading when the page is too short to summarise. */
  nothingToSummariseTitle: 'Nothing to summarise',
  /** Explanation when the page is too short to summarise. */
  nothingToSummariseBody: 'This page is too short for a summary: it is quicker to read it.',
  /** Button that copies the summary as plain text. */
  copyText: 'Copy text',
  /** Button that copies the summary as Markdown. */
  copyMarkdown: 'Copy Markdown',
  /** Feedback after copying. */
  copied: 'Copied',
  /** Feedback when the clipboard refused. */
  copyFailed: 'Couldn’t copy: your browser blocked the clipboard.',
  /** Shown when no sticking point was found. */
  noStickingPoints: 'No open disputes found in this article',
  /** Accessible name of the list of sticking points. */
  stickingPointsListLabel: 'Sticking points',
  /** Heading over the parties' positions on a sticking point. */
  positionsLabel: 'Who stands where',
  /** Heading over a sticking point's evidence sentences. */
  evidenceLabel: 'From the article',
  /** Link to the notes library. */
  openLibrary: 'Open your notes library',
  /** Shown when a sentence the reader clicked is not in the page any more. */
  sentenceNotFound: 'This sentence is no longer on the page.',
  /** Shown when scrolling to a sentence failed for another reason. */
  revealFailed: 'Crux couldn’t reach the page. Reload it and try again.',
  /** Title of the notes library page. */
  libraryTitle: 'Your notes library',
  /** Placeholder body of the notes library page. */
  libraryComingSoon: 'Your notes library is coming soon: every highlight and note you save, searchable, in one place.',
} as const;

/** A problem as a person reads it: a short heading and one or two plain sentences saying what to do. */
export interface ProblemText {
  /** Short heading. */
  title: string;
  /** What happened and what to do. */
  body: string;
}

/** The text shown for each {@link PageProblem}. */
export const problemTexts: Record<PageProblem, ProblemText> = {
  'browser-page': {
    title: 'Crux can’t read this page',
    body: 'This is one of your browser’s own pages, and browsers don’t let extensions read those. Open an article on the web, then open Crux again.',
  },
  'extension-store': {
    title: 'Crux can’t read this page',
    body: 'Browsers don’t let extensions read their add-on stores. Open an article on another site, then open Crux again.',
  },
  pdf: {
    title: 'Crux can’t read PDFs yet',
    body: 'This page is a PDF document, and Crux reads web pages only. If the document has a web version, open that instead.',
  },
  'not-html': {
    title: 'Crux can’t read this page',
    body: 'This is a file (such as an image or plain text), not a web page. Open an article on the web, then open Crux again.',
  },
  'load-failed': {
    title: 'This page didn’t load',
    body: 'The browser is showing an error instead of the page, so there is nothing to read. Reload the page, then open Crux again.',
  },
  'no-permission': {
    title: 'Crux can’t access this page',
    body: 'Crux may read a page only after you open it there. Click the Crux button in the toolbar (or use its keyboard shortcut) while the page is in front.',
  },
  'local-file': {
    title: 'Crux can’t read files on your computer',
    body: 'To read local files, turn on “Allow access to file URLs” for Crux in your browser’s extension settings, then reload the page.',
  },
  'no-article': {
    title: 'Nothing to read here',
    body: 'Crux found no article text on this page. Open the article itself (not a home page or a list of links) and try again.',
  },
  empty: {
    title: 'Nothing to read here',
    body: 'This page has no text yet. If it is still loading, wait a moment and try again.',
  },
  unexpected: {
    title: 'Something went wrong',
    body: 'Crux couldn’t read this page because of an unexpected problem. Reload the page and try again.',
  },
};

/**
 * Formats a reading time for the article header.
 * @returns e.g. "6 min read".
 */
export function formatReadingTime(minutes: number, locale?: string): string {
  return `${new Intl.NumberFormat(locale).format(minutes)} min read`;
}

/**
 * Formats a word count for the article header.
 * @returns e.g. "1,234 words" or "1 word".
 */
export function formatWordCount(count: number, locale?: string): string {
  const noun = new Intl.PluralRules(locale).select(count) === 'one' ? 'word' : 'words';
  return `${new Intl.NumberFormat(locale).format(count)} ${noun}`;
}

/**
 * Says why no sticking points were looked for, when the article's language is not covered.
 * @param lang the article's BCP 47 tag
 * @returns e.g. "Crux looks for sticking points in English only so far; this article is in German."
 */
export function formatLanguageReason(lang: string, locale = 'en'): string {
  let name = lang;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(lang) ?? lang;
  } catch {
    // An invalid tag: show it as it is.
  }
  return `Crux looks for sticking points in English only so far; this article is in ${name}.`;
}

/**
 * Formats the summary's length.
 * @returns e.g. "3 sentences" or "1 sentence".
 */
export function formatSentenceCount(count: number, locale?: string): string {
  const noun = new Intl.PluralRules(locale).select(count) === 'one' ? 'sentence' : 'sentences';
  return `${new Intl.NumberFormat(locale).format(count)} ${noun}`;
}

/**
 * The summary as plain text: the title, the sentences one per line (no list marks, for pasting into a message), then
 * the page's address.
 */
export function formatSummaryText(title: string, url: string, sentences: readonly string[]): string {
  return [title, '', ...sentences, '', url].join('\n');
}

/**
 * The summary as Markdown: a link to the page under its title, then the sentences as a list. Brackets in the title
 * are escaped so the link stays a link.
 */
export function formatSummaryMarkdown(title: string, url: string, sentences: readonly string[]): string {
  const linkText = title.replace(/([\\[\]])/g, '\\$1');
  const target = url.replace(/[()\s]/g, (c) => encodeURIComponent(c));
  return [`[${linkText}](${target})`, '', ...sentences.map((s) => `- ${s}`)].join('\n');
}

/** What each highlight colour means, as its label in the colour picker, the filters and the Markdown export. */
export const colourLabels: Record<ColourName, string> = {
  key: 'Key point',
  evidence: 'Evidence',
  question: 'Question',
  disagree: 'Disagreement',
};

/** What each store operation failed to do, as the end of a sentence: "this highlight was not saved". */
const storeActions: Record<StoreAction, string> = {
  'save-highlight': 'this highlight was not saved',
  'save-change': 'this change was not saved',
  'delete-highlight': 'this highlight was not deleted',
  'restore-highlight': 'this highlight was not restored',
  'load-highlights': "this page's highlights could not be loaded",
  'save-note': 'this note was not saved',
  'delete-note': 'this note was not deleted',
  'restore-note': 'this note was not restored',
  'load-notes': "this page's notes could not be loaded",
  purge: 'deleted notes were not removed',
  'show-highlights': 'your highlights were not loaded',
  'update-page': "this page's details were not updated",
  'load-page': "this page's details could not be loaded",
  'load-site-settings': "this site's settings could not be loaded",
  'save-setting': 'this setting was not saved',
  'record-anchoring': 'where your highlights were found was not recorded',
  search: 'the search could not run',
  export: 'the export could not be made',
  import: 'nothing was imported',
  'index-words': 'the search index of your imported notes was not finished',
};

/**
 * The sentence for a failed store operation: what went wrong (its code) and what was not done (its action), and
 * that nothing else was lost.
 */
export function storeErrorSentence({ code, action }: StoreError): string {
  const failed = storeActions[action];
  const sentence = failed.charAt(0).toUpperCase() + failed.slice(1);
  switch (code) {
    case 'quota':
      return `Your disk is full, so ${failed}. Free some space and try again — your other notes are safe.`;
    case 'closed':
      return `Crux's notes database is closed (the browser may be shutting down or clearing data), so ${failed}. Reload and try again — your other notes are safe.`;
    case 'aborted':
      return `Something interrupted Crux, so ${failed}. Try again — your other notes are safe.`;
    case 'not-found':
      return `${sentence}: it no longer exists (it may have been deleted in another window).`;
    case 'invalid':
      return `${sentence}: Crux was given something it cannot store.`;
    case 'empty':
      return `${sentence}: ${action === 'save-highlight' ? 'there is no text in it' : 'it is empty'}.`;
    case 'unreachable':
      return `${sentence}: Crux couldn’t reach its notes store. Reload the page and try again.`;
    case 'stale':
      return `This note changed in another tab, so ${failed}. Reload the note to see the change, then edit it again.`;
    case 'unknown':
      return `Crux could not reach its notes database, so ${failed}. Try again — your other notes are safe.`;
  }
}

/** Fixed UI strings of highlights and notes, by message key. */
export const notesStrings = {
  /** The in-page button shown next to a selection. */
  saveHighlight: 'Save highlight',
  /** The context-menu item on selected text. */
  saveHighlightMenu: 'Save highlight to Crux',
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
  storeUnreachable: storeErrorSentence({ code: 'unreachable', action: 'save-highlight' }),
  /** The background did not answer when the page asked for its highlights. */
  loadUnreachable: storeErrorSentence({ code: 'unreachable', action: 'show-highlights' }),
  /** The toolbar button's title on a page that cannot take highlights (the context menu or the shortcut was used). */
  cannotHighlightHere:
    'Crux can’t save highlights on this page (browsers keep their own pages and stores closed to extensions).',
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
  emptyBody:
    'Select text on the page and choose Save highlight (or press Alt+Shift+H), or add a note about the whole page below.',
  /** Label of the new page note field. */
  newPageNoteLabel: 'Add a note about this page',
  /** Button that adds a page note. */
  addPageNote: 'Add note',
  /** Button that edits a note. */
  edit: 'Edit',
  /** Button that deletes a highlight or note. */
  delete: 'Delete',
  /** Accessible name of the list of recent deletions, each with its Undo. */
  undoListLabel: 'Recently deleted, with Undo',
  /** Button that shows a note as another tab saved it, after a save made on the older copy was refused. */
  reloadNote: 'Reload note',
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

/** What the analysis worker says when it stops or cannot start. */
export const analysisStrings = {
  /** The worker failed (it could not start, or it stopped). */
  stopped: 'The analysis stopped unexpectedly.',
};

/** The extractor's failures, as the command line prints them. */
export const extractStrings = {
  notHtml: 'This is not a web page Crux can read.',
  noArticle: 'Crux found no article text on this page.',
  empty: 'This page has no text for Crux to read.',
};

/** The per-site auto-show switch's failures. */
export const autoShowStrings = {
  /** The reader declined (or the browser refused) access to the site in the popup. */
  notGranted: (site: string): string =>
    `Crux didn’t get access to ${site}, so your highlights will show there only when you open Crux.`,
};

/** The sentence for an {@link AutoShowError}. */
export function autoShowErrorSentence(error: AutoShowError): string {
  switch (error.code) {
    case 'no-permission':
      return `Crux needs your permission to read pages on ${error.site} before it can show your highlights there automatically.`;
    case 'failed':
      return `Crux couldn’t change automatic highlights on ${error.site}${error.detail ? ` (${error.detail})` : ''}. Try again.`;
    case 'not-saved':
      return storeErrorSentence(error.cause);
  }
}

/** "Show my highlights automatically on example.com". */
export function autoShowLabel(site: string): string {
  return `${notesStrings.autoShowPrefix} ${site}`;
}

/** Accessible name of a highlight's card, e.g. "Highlight: Key point". */
export function highlightCardLabel(colourLabel: string): string {
  return `Highlight: ${colourLabel}`;
}

/** Fixed UI strings of the notes library page, by message key. */
export const libraryStrings = {
  /** Label of the search box. */
  searchLabel: 'Search your notes',
  /** Placeholder of the search box. */
  searchPlaceholder: 'Words of a quote, a note, a tag or a page title',
  /** Accessible name of the search and filters region. */
  searchRegion: 'Search and filters',
  /** Label of the site filter. */
  siteLabel: 'Site',
  /** The site filter's "no filter" option. */
  anySite: 'All sites',
  /** Label of the colour filter. */
  colourLabel: 'Colour',
  /** The colour filter's "no filter" option. */
  anyColour: 'Any colour',
  /** Label of the tag filter. */
  tagLabel: 'Tag',
  /** The tag filter's "no filter" option. */
  anyTag: 'Any tag',
  /** Label of the date filter. */
  dateLabel: 'Saved',
  /** Date filter options. */
  rangeAny: 'Any time',
  rangeWeek: 'Past week',
  rangeMonth: 'Past month',
  rangeYear: 'Past year',
  /** Button that clears the search and the filters. */
  clear: 'Clear',
  /** Shown while the first notes load. */
  loading: 'Loading your notes…',
  /** Empty library: title. */
  emptyTitle: 'No notes yet',
  /** Empty library: what to do. */
  emptyBody:
    'Select text on any page and choose Save highlight (or press Alt+Shift+H). Everything you save appears here, newest first. You can also import a Web Annotation file.',
  /** No results for a search: title. */
  noResultsTitle: 'No notes match',
  /** No results for a search: what to do. */
  noResultsBody: 'Try other or fewer words, or clear the filters.',
  /** Accessible name of the list of page groups. */
  resultsLabel: 'Notes by page',
  /** Button that shows more notes. */
  showMore: 'Show more',
  /** Hint on a highlight's quote in the library. */
  openAtHighlight: 'Open the page at this highlight',
  /** Mark on a highlight its page did not contain the last time it was opened. */
  notFoundMark: 'Not found on its page last time',
  /** Keyboard hint under the search box. */
  keysHint: '/ search · ↑ ↓ move between notes · Enter opens · e edits · Esc clears',
  /** The export button. */
  exportButton: 'Export',
  /** Legend of the export scope. */
  exportScope: 'Notes to export',
  /** Export every note. */
  exportAll: 'All notes',
  /** Export the current results. */
  exportResults: 'Current results',
  /** Export as Markdown. */
  exportMarkdown: 'Markdown (.md)',
  /** Export as Web Annotation JSON. */
  exportJson: 'Web Annotation JSON (.json)',
  /** The import button. */
  importButton: 'Import…',
  /** Accessible name of the import file field. */
  importFileLabel: 'Import a Web Annotation file (.json)',
  /** Progress while a file is read. */
  importReading: 'Reading the file…',
  /** Progress while a file's annotations are checked. */
  importChecking: 'Checking the annotations…',
  /** The button that shows Recently deleted. */
  recentlyDeleted: 'Recently deleted',
  /** The button that goes back to the notes from Recently deleted. */
  backToNotes: 'Back to notes',
  /** Heading of Recently deleted. */
  recentlyDeletedTitle: 'Recently deleted',
  /** What Recently deleted is. */
  recentlyDeletedBody: 'Deleted notes stay here for 30 days, then they are removed for good.',
  /** Recently deleted is empty. */
  recentlyDeletedEmpty: 'Nothing was deleted in the last 30 days.',
  /** Restores a deleted note. */
  restore: 'Restore',
  /** Removes a deleted note for good. */
  purgeNote: 'Delete forever',
  /** Removes every deleted note for good. */
  purgeAll: 'Empty Recently deleted',
  /** The export option that adds deleted notes (a full backup). */
  exportIncludeDeleted: 'Include recently deleted notes',
  /** Shown instead of "Open at highlight" for a note on a local file: Crux does not open files. */
  localFileNote: 'On a local file: open it yourself at',
  /** Confirms an import. */
  importConfirm: 'Import',
  /** Cancels an import. */
  importCancel: 'Cancel',
  /** Failures. */
  searchFailed: 'Crux couldn’t search your notes: its notes database did not answer. Reload the page and try again.',
  storeUnreachable:
    'This change was not saved: Crux couldn’t reach its notes database. Reload the page and try again — your other notes are safe.',
  openFailed: 'Crux couldn’t open this page. Try the page link above the note instead.',
  exportFailed: 'The export could not be made: Crux couldn’t read its notes database. Reload the page and try again.',
  importFailed: 'Nothing was imported: Crux couldn’t reach its notes database. Reload the page and try again.',
  readFailed: 'Nothing was imported: this file could not be read.',
  /** Accessible name of the button that closes a confirmation. */
  dismiss: 'Dismiss',
  importTooLarge: 'Nothing was imported: this file is too large to be a Crux export (over 256 MB).',
} as const;

/** "1 note", "12 notes", or "50+ notes" when the count is a lower bound. */
export function noteCount(count: number, exact: boolean): string {
  const n = new Intl.NumberFormat('en').format(count);
  return exact ? `${n} ${count === 1 ? 'note' : 'notes'}` : `${n}+ notes`;
}

/** What an import does or would do, as its sentences count it. */
export interface ImportCountsInput {
  added: number;
  updated: number;
  /** Notes changed both here and in the file (both versions kept); absent counts as none. */
  merged?: number;
  unchanged: number;
}

/** "12 new, 3 updated, 0 unchanged", with "1 changed in both places (both versions kept)" when there are merges. */
export function importCounts(summary: ImportCountsInput): string {
  const merged = summary.merged ?? 0;
  const both = merged > 0 ? `, ${merged} changed in both places (both versions kept)` : '';
  return `${summary.added} new, ${summary.updated} updated${both}, ${summary.unchanged} unchanged`;
}

/** The confirmation before an import: "This file holds 15 notes: 12 new, 3 updated, 0 unchanged." */
export function importPreviewSentence(summary: ImportCountsInput): string {
  const total = summary.added + summary.updated + (summary.merged ?? 0) + summary.unchanged;
  return `This file holds ${total} ${total === 1 ? 'note' : 'notes'}: ${importCounts(summary)}.`;
}

/** After an import: "Imported: 12 new, 3 updated, 0 unchanged." */
export function importedSentence(summary: ImportCountsInput): string {
  return `Imported: ${importCounts(summary)}.`;
}

/**
 * The line that marks the imported version inside a note that was changed both in Crux and in the file (the
 * stored text stays above it): "— Also in the imported copy (changed 2025-01-02):". Written into the note, so it
 * stays plain text that reads well in an export.
 */
export function mergedCopyHeading(modified: number): string {
  const day = Number.isFinite(modified) ? new Date(modified).toISOString().slice(0, 10) : '';
  return `— Also in the imported copy${day ? ` (changed ${day})` : ''}:`;
}

/** After an export: "Exported 12 notes to crux-notes-2025-03-14.json." */
export function exportedSentence(count: number, fileName: string): string {
  return `Exported ${count} ${count === 1 ? 'note' : 'notes'} to ${fileName}.`;
}

/** When a note was deleted, in Recently deleted: "Deleted 14 Mar 2025". */
export function deletedOnDate(time: number): string {
  return `Deleted ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(time)}`;
}

/** A page group's date line: "Last note 14 Mar 2025". */
export function lastNoteDate(time: number): string {
  return `Last note ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(time)}`;
}

/** How many characters of a value an import sentence quotes before cutting it short. */
const QUOTED_VALUE_LENGTH = 40;

/** A value quoted in a sentence, cut short when long: “2024-13-45”. */
function quoted(text: string): string {
  return `“${text.length > QUOTED_VALUE_LENGTH ? `${text.slice(0, QUOTED_VALUE_LENGTH)}…` : text}”`;
}

/** A JSON value's kind in words: "a list", "empty (null)". */
function kindWords(kind: JsonKind): string {
  switch (kind) {
    case 'null':
      return 'empty (null)';
    case 'list':
      return 'a list';
    case 'object':
      return 'an object';
    case 'text':
      return 'a piece of text';
    default:
      return `a ${kind}`;
  }
}

/** A date field in words: "a change date (modified)". */
const dateFieldWords: Record<DateField, string> = {
  created: 'a creation date (created)',
  modified: 'a change date (modified)',
  updated: 'a change date (updated)',
  'crux:deleted': 'a deletion date (crux:deleted)',
};

/** What is wrong with one annotation, as the end of a sentence that starts "item 3 …". */
function itemProblemWords(problem: ItemProblem): string {
  const which = 'body' in problem && problem.body !== undefined ? ` (body ${problem.body})` : '';
  switch (problem.problem) {
    case 'not-object':
      return `is ${kindWords(problem.kind)}, not an annotation`;
    case 'not-annotation':
      return 'is not an annotation (it has no target)';
    case 'id-not-text':
      return 'has an id that is not text';
    case 'no-target':
      return 'has no target (the page it is about)';
    case 'no-source':
      return 'has no page address in its target (source)';
    case 'target-not-page':
      return `has a target that is ${kindWords(problem.kind)}, not a page`;
    case 'source-not-url':
      return `has a page address in its target that is not a web address (${quoted(problem.value)})`;
    case 'no-quote-selector':
      return 'points into its page without quoting the text (its target has no TextQuoteSelector)';
    case 'no-exact':
      return 'has no quoted text (the TextQuoteSelector has no “exact”)';
    case 'context-not-text':
      return `has a TextQuoteSelector whose ${problem.field} is not text`;
    case 'bad-position':
      return 'has a TextPositionSelector whose start and end are not positions in the page';
    case 'text-not-text':
      return 'has a note (text) that is not text';
    case 'tag-not-text':
      return 'has a tag that is not text (tags)';
    case 'body-not-object':
      return `has a body${which} that is ${kindWords(problem.kind)}, not a note or a tag`;
    case 'tag-without-text':
      return `has a tag${which} with no text (value)`;
    case 'body-without-text':
      return `has a body${which} with no text Crux can read (value)`;
    case 'bad-date':
      return `has ${dateFieldWords[problem.field]} that is not a date (${quoted(problem.value)})`;
    case 'page-key-not-text':
      return 'has a page key (crux:pageKey) that is not text';
    case 'unsafe-scheme':
      return `has a ${problem.field === 'source' ? 'page address' : 'page key (crux:pageKey)'} that is not a web page or a file (${problem.scheme ? `a “${problem.scheme}:” address` : 'no scheme'}); Crux keeps notes on http, https and file pages only`;
    case 'bad-revision':
      return 'has a revision (crux:clock, crux:revision) that is not one Crux wrote';
    case 'nothing-to-import':
      return 'has nothing to import: no quoted text, no note and no tags';
    case 'id-clash':
      return `has the same id as item ${problem.other}, which is a different kind of note (a highlight and a page note)`;
  }
}

/** Why a JSON file holds no annotations, as the end of "This file is not a Web Annotation export: …". */
function notAnnotationsWords(error: Extract<ImportError, { code: 'not-annotations' }>): string {
  switch (error.reason) {
    case 'empty-list':
      return 'it is an empty list';
    case 'list-of':
      return `it is a list of items that are each ${kindWords(error.kind)}, not annotations`;
    case 'no-annotation-in-list':
      return 'none of the items in its list is an annotation';
    case 'holds':
      return `it holds ${kindWords(error.kind)}, not annotations`;
    case 'page-without-items':
      return 'its page of annotations has no list of items';
    case 'no-annotations':
      return 'it has no annotations in it (no “items”, “first” or “target”)';
  }
}

/** Why a file's annotations are not all in it, in one sentence. */
function incompleteSentence(error: Extract<ImportError, { code: 'incomplete' }>): string {
  switch (error.reason) {
    case 'next-page':
      return 'This file holds only the first page of a longer set of annotations (it links to a next page), so nothing was imported.';
    case 'linked':
      return 'This file does not hold its annotations itself (its collection only links to them), so nothing was imported.';
    case 'count':
      return `This file is incomplete: it says it holds ${error.said} annotations but ${error.found} ${error.found === 1 ? 'is' : 'are'} in it, so nothing was imported.`;
  }
}

/** The sentence for a file that cannot be imported: what is wrong, naming the item and field at fault. */
export function importErrorSentence(error: ImportError): string {
  switch (error.code) {
    case 'empty':
      return 'This file is empty, so there was nothing to import.';
    case 'too-large':
      return `This file is too large to import (about ${error.megabytes} MB); Crux imports files of up to ${error.limitMegabytes} MB.`;
    case 'too-deep':
      return `This file is not a Web Annotation export: it nests lists and objects more than ${error.limit} levels deep (near line ${error.line}), which no annotation needs. Nothing was imported.`;
    case 'not-json': {
      const where = error.cutOff
        ? 'it stops in the middle, as if the file was cut off'
        : error.line !== undefined
          ? `the text is not valid JSON near line ${error.line}`
          : 'the text is not valid JSON';
      return `This file is not a Web Annotation export: ${where}.`;
    }
    case 'not-annotations':
      return `This file is not a Web Annotation export: ${notAnnotationsWords(error)}.`;
    case 'incomplete':
      return incompleteSentence(error);
    case 'newer-version':
      return 'This file was made by a newer version of Crux; update Crux to import it. Nothing was imported.';
    case 'invalid-item':
      return `Nothing was imported, because item ${error.item} ${itemProblemWords(error)}.`;
  }
}
