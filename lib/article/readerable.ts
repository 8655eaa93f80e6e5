/**
 * "Does this page look like an article?" — Readability's `isProbablyReaderable` (0.6.0,
 * `Readability-readerable.js`), same rule and thresholds, in one walk of the page that stops as soon as the answer is
 * yes. The original runs two selector queries over the whole page and a `matches("li p")` per paragraph, which under
 * linkedom cost as much as the rest of Crux's own work on a page.
 * @see https://github.com/mozilla/readability/blob/main/Readability-readerable.js
 */

/** Thresholds of the test (Readability's defaults: 140 characters, score 20). */
export interface ReaderableOptions {
  /** Paragraphs shorter than this (trimmed) count nothing. */
  minContentLength?: number;
  /** The page is readable once the summed score exceeds this. */
  minScore?: number;
}

/** Class or id words of page parts that are rarely the article (Readability's `unlikelyCandidates`). */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;

/** …unless they also say this (Readability's `okMaybeItsACandidate`). */
const MAYBE = /and|article|body|column|content|main|shadow/i;

/** An inline style that hides the element. */
const DISPLAY_NONE = /(^|;)\s*display\s*:\s*none\b/i;

/**
 * Whether the page probably holds an article: over its paragraphs, `<pre>`s, `<article>`s and `<div>`s holding a
 * `<br>` that are visible, not in a list item (paragraphs) and not named like page furniture, the sum of
 * sqrt(length − minContentLength) for those at least minContentLength long exceeds minScore.
 */
export function isReaderable(doc: Document, options: ReaderableOptions = {}): boolean {
  const minContentLength = options.minContentLength ?? 140;
  const minScore = options.minScore ?? 20;
  const root = doc.documentElement;
  const counted = new Set<Element>();
  let score = 0;
  const count = (node: Element): boolean => {
    if (counted.has(node)) return false;
    counted.add(node);
    if (!isVisible(node)) return false;
    const match = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (UNLIKELY.test(match) && !MAYBE.test(match)) return false;
    if (node.tagName.toUpperCase() === 'P' && hasAncestor(node, 'LI')) return false;
    const length = (node.textContent ?? '').trim().length;
    if (length < minContentLength) return false;
    score += Math.sqrt(length - minContentLength);
    return score > minScore;
  };
  let el: Element | null = root;
  while (el) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'P' || tag === 'PRE' || tag === 'ARTICLE') {
      if (count(el)) return true;
    } else if (tag === 'BR') {
      const parent = el.parentElement;
      if (parent && parent.tagName.toUpperCase() === 'DIV' && count(parent)) return true;
    }
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return false;
}

/** Readability's `isNodeVisible`: not `display: none`, not `hidden`, not `aria-hidden` (except a fallback image). */
function isVisible(node: Element): boolean {
  if (DISPLAY_NONE.test(node.getAttribute('style') ?? '') || node.hasAttribute('hidden')) return false;
  return node.getAttribute('aria-hidden') !== 'true' || (node.getAttribute('class') ?? '').includes('fallback-image');
}

function hasAncestor(node: Element, tag: string): boolean {
  for (let up = node.parentElement; up; up = up.parentElement) if (up.tagName.toUpperCase() === tag) return true;
  return false;
}
