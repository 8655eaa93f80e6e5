/**
 * Finding a sentence of the extracted article in the live page, so the popup can scroll to it. The article's text
 * is whitespace-collapsed (`lib/article/text.ts`) while the page's text nodes keep the source's line breaks and
 * indentation, so the search runs over a whitespace-collapsed copy of Crux's text model (`lib/anchoring`) and maps
 * the match back to raw offsets. The match itself is `matchQuote`: exact occurrences ranked by their context (a
 * sentence repeated in a pull quote lands on the one in the body), then a fuzzy search for text that changed a
 * little since extraction.
 */
import { matchQuote } from '../anchoring/match-quote';
import { buildTextIndex, offsetsToRange, type TextIndex } from '../anchoring/text-position';
import { collapseSpaces, type RevealTarget } from './target';

export type { RevealTarget } from './target';

/** White space as the article's text collapses it (including no-break and zero-width spaces). */
const WHITESPACE = /[\s\u00a0\u200b]/;

/** A text with its white space collapsed, and where each of its characters came from. */
interface CollapsedText {
  /** The collapsed text. */
  text: string;
  /** `origin[i]` is the raw offset of collapsed character `i`; one extra entry holds the raw length. */
  origin: Uint32Array;
}

/** Collapses the white space of a text model, remembering raw offsets. Linear in the text's length. */
function collapseIndex(index: TextIndex): CollapsedText {
  const raw = index.text;
  const origin = new Uint32Array(raw.length + 1);
  const out: string[] = [];
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (WHITESPACE.test(ch)) {
      if (inSpace) continue;
      inSpace = true;
      out.push(' ');
    } else {
      inSpace = false;
      out.push(ch);
    }
    origin[n++] = i;
  }
  origin[n] = raw.length;
  return { text: out.join(''), origin: origin.subarray(0, n + 1) };
}

/**
 * Finds a sentence in a page.
 *
 * Steps: 1. read the text model of `root` (no script, style, template or Crux UI); 2. collapse its white space;
 * 3. match the collapsed sentence with its context (exact, else fuzzy); 4. map the match back to a DOM range.
 * @param root where to look (usually `document.body`)
 * @returns a range over the sentence in the page, or null when it is no longer there
 */
export function findTextInPage(root: Node, target: RevealTarget): Range | null {
  const quote = collapseSpaces(target.text).trim();
  if (!quote) return null;
  const index = buildTextIndex(root);
  const collapsed = collapseIndex(index);
  const match = matchQuote(collapsed.text, quote, { prefix: target.prefix, suffix: target.suffix });
  if (!match) return null;
  const start = collapsed.origin[match.start]!;
  // The last matched character's raw offset + 1: a range ends right after the sentence, not after trailing spaces.
  const end = collapsed.origin[match.end - 1]! + 1;
  return offsetsToRange(index, start, end);
}
