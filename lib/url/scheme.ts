/**
 * Which page addresses Crux keeps and which it opens. A note can come from a file written by anyone, so its address
 * is checked like any other input: only web pages and local files are pages a reader annotates. A `data:`,
 * `javascript:`, `blob:` or browser page (`chrome://`, `about:`) address in a file is refused at import, and Crux
 * never opens anything but a web page itself: a `file:` note is kept and shown with its address as text, because an
 * extension page that opens `file:` URLs hands a file path chosen by the file's author to the browser.
 */

/** The kinds of page address Crux accepts. */
export type PageScheme =
  /** `http:` or `https:`: a web page, opened by "Open at highlight" and linked from the library. */
  | 'web'
  /** `file:`: a local file, kept, listed with its address as text, never opened by Crux. */
  | 'file';

/** The schemes of web pages. */
const WEB_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * What kind of page an address is.
 * @returns `web` or `file`, or null for an address that is not a URL or has any other scheme
 */
export function pageSchemeOf(address: string): PageScheme | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (WEB_SCHEMES.has(url.protocol)) return url.host === '' ? null : 'web';
  return url.protocol === 'file:' ? 'file' : null;
}

/** Whether Crux may open an address in a tab or link to it: web pages only. */
export function isOpenableUrl(address: string): boolean {
  return pageSchemeOf(address) === 'web';
}

/** The scheme of an address as written (`data`, `chrome`), for a sentence; empty when it has none. */
export function schemeName(address: string): string {
  return /^([a-z][a-z0-9+.-]*):/i.exec(address.trim())?.[1]?.toLowerCase() ?? '';
}
