/**
 * Every sentence the popup shows, in one place, keyed like `_locales/<lang>/messages.json` entries so the move to
 * `browser.i18n.getMessage` later is mechanical. Numbers go through `Intl` so they read naturally per locale.
 */
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
