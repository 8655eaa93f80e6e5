/**
 * Why Crux cannot show an article for a page, as a typed code the popup turns into a sentence.
 *
 * Browsers keep extensions out of some pages (their own pages, their add-on stores, the PDF viewer, error pages) and
 * report it as free-text error messages from `scripting.executeScript`. These pure functions map URLs, those
 * messages and document content types to one {@link PageProblem}, so the UI never shows a raw error and the
 * mapping is unit-tested without a browser.
 */
import type { ExtractErrorCode } from './article/types';

/** Why a page cannot be read, or has nothing to read. */
export type PageProblem =
  /** One of the browser's own pages (chrome://, about:, edge://, view-source:, another extension's page). */
  | 'browser-page'
  /** An extension store, which browsers never let extensions script. */
  | 'extension-store'
  /** A PDF (the browser's PDF viewer, or a document served as application/pdf). */
  | 'pdf'
  /** A document that is not HTML (an image, plain text, JSON…). */
  | 'not-html'
  /** The page failed to load: the tab shows the browser's error page. */
  | 'load-failed'
  /** Crux was not granted access to the page (no activeTab grant, no host permission). */
  | 'no-permission'
  /** A file:// page while "Allow access to file URLs" is off. */
  | 'local-file'
  /** The page was read, but holds no article text. */
  | 'no-article'
  /** The page was read, but holds no text at all. */
  | 'empty'
  /** Anything else: a bug or a browser behaviour Crux does not know. */
  | 'unexpected';

/** The problems caused by the browser refusing access, rather than by the page's content. */
const CANNOT_READ: ReadonlySet<PageProblem> = new Set<PageProblem>([
  'browser-page',
  'extension-store',
  'pdf',
  'not-html',
  'load-failed',
  'no-permission',
  'local-file',
]);

/**
 * Whether a problem means "Crux is not allowed to read this kind of page" (as opposed to "nothing to read" or a bug).
 * @returns true for access problems; false for 'no-article', 'empty' and 'unexpected'.
 */
export function isCannotRead(problem: PageProblem): boolean {
  return CANNOT_READ.has(problem);
}

/** URL schemes of pages that belong to the browser or to other extensions: no extension may script them. */
const BROWSER_SCHEMES: ReadonlySet<string> = new Set([
  'about:',
  'chrome:',
  'chrome-untrusted:',
  'chrome-search:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'view-source:',
  'chrome-extension:',
  'moz-extension:',
  'extension:',
  'resource:',
]);

/** Chrome's built-in PDF viewer is an extension page with this id (older Chrome shows its URL in the tab). */
const CHROME_PDF_VIEWER_HOST = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

/** Extension stores, as host plus path prefix (empty prefix: the whole host). */
const EXTENSION_STORES: ReadonlyArray<{ host: string; pathPrefix: string }> = [
  { host: 'chromewebstore.google.com', pathPrefix: '' },
  { host: 'chrome.google.com', pathPrefix: '/webstore' },
  { host: 'addons.mozilla.org', pathPrefix: '' },
  { host: 'microsoftedge.microsoft.com', pathPrefix: '/addons' },
];

/**
 * Classifies a tab's URL before Crux tries to read it.
 * @returns the problem when the URL alone shows the page cannot be read; null when Crux should try (web pages,
 *   file:// pages, unknown or unparsable URLs — the injection error then decides).
 */
export function classifyUrl(url: string): PageProblem | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'chrome-error:') return 'load-failed';
  if (parsed.protocol === 'chrome-extension:' && parsed.host === CHROME_PDF_VIEWER_HOST) return 'pdf';
  if (BROWSER_SCHEMES.has(parsed.protocol)) return 'browser-page';
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    const host = parsed.hostname.toLowerCase();
    const path = parsed.pathname.toLowerCase();
    const isStore = EXTENSION_STORES.some((s) => s.host === host && path.startsWith(s.pathPrefix));
    if (isStore) return 'extension-store';
  }
  return null;
}

/**
 * Known `scripting.executeScript` failure messages (Chromium and Firefox), first match wins. Matched loosely
 * (case-insensitive fragments) because browsers reword them between versions.
 */
const INJECTION_ERRORS: ReadonlyArray<{ pattern: RegExp; problem: PageProblem }> = [
  // Chromium: "Frame with ID 0 is showing error page"; the error page's own URL.
  { pattern: /showing error page|chrome-error:/i, problem: 'load-failed' },
  // Chromium: "The extensions gallery cannot be scripted."
  { pattern: /extensions gallery|web ?store/i, problem: 'extension-store' },
  // Chromium: "Cannot access contents of url "file:///…". Extension manifest must request permission…"
  { pattern: /file:\/\//i, problem: 'local-file' },
  // Chromium: "Cannot access a chrome:// URL", "Cannot access a chrome-extension:// URL of different extension".
  {
    pattern: /cannot access an? (chrome|chrome-extension|about|edge|devtools|view-source)[:-]/i,
    problem: 'browser-page',
  },
  // Chromium: "Cannot access contents of the page. Extension manifest must request permission to access the
  // respective host."; Firefox: "Missing host permission for the tab".
  { pattern: /cannot access contents|missing host permission|permission to access/i, problem: 'no-permission' },
  { pattern: /\bpdf\b/i, problem: 'pdf' },
];

/**
 * Classifies the message of a failed `scripting.executeScript` call.
 *
 * Firefox says "Missing host permission for the tab" both when Crux has no access to the page and when it has (the
 * toolbar button's activeTab grant, or a host permission) but the document is one Firefox shields from extensions
 * while keeping the page's own http(s) URL in the tab: its PDF viewer (pdf.js), its JSON viewer and its error pages
 * (a failed connection, a certificate error). Without the `tabs` permission Firefox shows Crux a tab's URL only where
 * Crux has access, so a readable `tabUrl` tells the two apart; the file name then tells the viewers apart, and what
 * is left is an error page. (Mozilla's own restricted sites, such as addons.mozilla.org, are known by their URL
 * before any injection: {@link classifyUrl}.)
 * @param tabUrl the tab's URL as the browser showed it to Crux, if it did
 * @returns the matching problem; 'unexpected' for a message Crux does not know.
 */
export function classifyInjectionError(message: string, tabUrl?: string): PageProblem {
  const problem = INJECTION_ERRORS.find((e) => e.pattern.test(message))?.problem ?? 'unexpected';
  if (problem !== 'no-permission' || !tabUrl) return problem;
  return classifyShieldedPage(tabUrl) ?? problem;
}

/**
 * What a web page Crux may access but Firefox still refuses to script is showing, from its URL.
 * @returns 'pdf' or 'not-html' for a `.pdf` or `.json` file, 'load-failed' for any other http(s) page; null when
 *   the URL is not http(s).
 */
function classifyShieldedPage(url: string): PageProblem | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const path = parsed.pathname.toLowerCase();
  if (path.endsWith('.pdf')) return 'pdf';
  if (path.endsWith('.json')) return 'not-html';
  return 'load-failed';
}

/**
 * Classifies a document by its `document.contentType`.
 * @returns null for HTML and XHTML (readable); 'pdf' for PDFs; 'not-html' for anything else.
 */
export function classifyContentType(contentType: string): PageProblem | null {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return null;
  if (type === 'application/pdf') return 'pdf';
  return 'not-html';
}

/**
 * Maps an extraction failure to the problem the popup shows.
 * @returns the problem with the same meaning as the extractor's code.
 */
export function problemFromExtractError(code: ExtractErrorCode): PageProblem {
  const byCode: Record<ExtractErrorCode, PageProblem> = {
    'no-article': 'no-article',
    'not-html': 'not-html',
    empty: 'empty',
  };
  return byCode[code];
}
