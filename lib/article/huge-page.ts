/**
 * The article container of a page too big for Readability's scoring under linkedom (see `HUGE_PAGE_ELEMENTS` in
 * `extract.ts`). Readability's idea in one pass: every paragraph gives its length to its parent and half to its
 * grandparent, and the element with the highest score holds the article. None of Readability's cleaning runs here;
 * Crux's own cleanup (`cleanup.ts`) still does on the result.
 * @see https://github.com/mozilla/readability (`_grabArticle`, the scoring this simplifies)
 */
/** Elements whose text scores their container, as Readability's `DEFAULT_TAGS_TO_SCORE`. */
const SCORED = new Set(['P', 'PRE', 'TD', 'BLOCKQUOTE', 'LI', 'H2', 'H3']);

/** A paragraph shorter than this scores nothing (Readability's floor of 25 characters). */
const MIN_SCORED_CHARS = 25;

/**
 * Finds the element holding most of the page's paragraph text, in one walk of the tree (no selector engine: on
 * a page this size, linkedom's `querySelectorAll` alone takes seconds).
 * @param body the page's body
 * @returns the container (the body itself when no paragraph scores)
 */
export function pickContainer(body: Element): Element {
  const scores = new Map<Element, number>();
  const add = (el: Element | null, score: number): void => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + score);
  };
  let el: Element | null = body.firstElementChild;
  while (el) {
    if (SCORED.has(el.tagName.toUpperCase())) {
      const length = (el.textContent ?? '').trim().length;
      if (length >= MIN_SCORED_CHARS) {
        const parent = el.parentElement;
        add(parent, length);
        add(parent?.parentElement ?? null, length / 2);
      }
    } else if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== body && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== body ? el.nextElementSibling : null;
  }
  let best: Element = body;
  let bestScore = 0;
  for (const [candidate, score] of scores) {
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
