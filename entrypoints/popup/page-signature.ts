/**
 * The cheap look at a page that decides whether Crux has already analysed this version of it: its address, its
 * canonical link, its content type and a fingerprint of its text, read without Readability. It runs in the page
 * through `scripting.executeScript({ func })`, before (and usually instead of) injecting the full content script,
 * so a cached reopen costs one tiny script and one storage read.
 */

/** What {@link readPageSignature} reports about a page. */
export interface PageSignature {
  /** `location.href`. */
  url: string;
  /** The `href` of `<link rel="canonical">`, or null. */
  canonical: string | null;
  /** `document.contentType` (e.g. "text/html", "application/pdf"). */
  contentType: string;
  /** A hash of the title, the text length and a sample of the main text; changes when the article changes. */
  fingerprint: string;
}

/**
 * Reads a page's signature. Self-contained (no imports, no closures): `executeScript` serialises the function's
 * source and runs it in the page's isolated world.
 *
 * The fingerprint covers the title, the length of the main text (`<article>`, else `<main>`, else `<body>`, by
 * `textContent`, which needs no layout, unlike `innerText`) and 512 characters sampled evenly from it, hashed with
 * 32-bit FNV-1a. A page whose body changes keeps its title and rarely its exact length; a page whose clock or ad
 * text ticks may change it and then costs one extraction, which the article's own hash then confirms (see
 * page-cache.ts).
 */
export function readPageSignature(): PageSignature {
  const SAMPLES = 512;
  const doc = document;
  const main = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const text = main?.textContent ?? '';
  const step = Math.max(1, Math.floor(text.length / SAMPLES));
  let sample = '';
  for (let i = 0; i < text.length && sample.length < SAMPLES; i += step) sample += text[i];
  const input = `${doc.title}\u0000${text.length}\u0000${sample}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i]');
  return {
    url: location.href,
    canonical: canonical?.href || null,
    contentType: doc.contentType,
    fingerprint: `${text.length.toString(36)}-${hash.toString(36)}`,
  };
}
