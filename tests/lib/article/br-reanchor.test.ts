// @vitest-environment happy-dom
/**
 * A `<br>` used to vanish from Crux's text ("Tampa, FLJune 14"); the extracted text now has a line break there. The
 * page's own text model (`lib/anchoring`) never changed, so a highlight saved across a `<br>` before the change, and
 * a quote taken from the new text, must both still be found on the page: quote matching folds white space, and a
 * missing or extra break is one character, which the fuzzy match absorbs.
 */
import { describe, expect, it } from 'vitest';
import { anchorInText, anchorSelectors } from '@/lib/anchoring/anchor';
import { describeRange } from '@/lib/anchoring/describe';
import { buildTextIndex } from '@/lib/anchoring/text-position';
import type { Selector } from '@/lib/anchoring/types';
import { extractArticle } from '@/lib/article/extract';
import { parseHtml } from '@/scripts/cli/parse-html';
import { parsePage } from '../anchoring/helpers';

const PAGE = `<article>
<h1>The Lanterns announce their summer tour</h1>
<p>The Lanterns will play eight cities this summer, their first tour since the band's drummer returned from a year of teaching music in a coastal village.</p>
<p>Tickets go on sale on Friday morning. The dates are:</p>
<p>Tampa, FL<br>June 14<br>Atlanta, GA<br>June 16<br>Nashville, TN<br>June 18</p>
<p>The singer said the band had turned down two festival slots to keep the tour in theatres this year.</p>
</article>`;

/** The passage across two `<br>`s, as the page's text nodes read it (and as Crux's text read it before). */
const OLD_PASSAGE = 'FLJune 14Atlanta, GA';

/** The same passage in the extracted text now. */
const NEW_PASSAGE = 'FL\nJune 14\nAtlanta, GA';

/** A highlight across the `<br>`s as Crux stored it before: quote with context, position in the old text. */
function savedBeforeTheChange(): Selector[] {
  const doc = parsePage(PAGE);
  const index = buildTextIndex(doc.body);
  const start = index.text.indexOf(OLD_PASSAGE);
  const range = doc.createRange();
  // A start lies in the text node that holds its character; an end may sit at the very end of one.
  const point = (offset: number, isEnd: boolean): [Node, number] => {
    const i = index.nodes.findIndex((_, n) => (isEnd ? index.ends[n]! >= offset : index.ends[n]! > offset));
    return [index.nodes[i]!, offset - index.starts[i]!];
  };
  range.setStart(...point(start, false));
  range.setEnd(...point(start + OLD_PASSAGE.length, true));
  const selectors = describeRange(doc.body, range, index);
  expect(selectors?.[0].exact).toBe(OLD_PASSAGE);
  return selectors!;
}

describe('a highlight across a <br>', () => {
  const page = parseHtml(
    `<!DOCTYPE html><html><head><title>Tour</title></head><body>${PAGE}</body></html>`,
    'https://tickets.example/tour',
  );
  const extracted = extractArticle(page, { url: 'https://tickets.example/tour' });
  const text = extracted.ok ? extracted.value.text : '';

  it('reads a line break where the page has a <br>', () => {
    expect(text).toContain(`Tampa, ${NEW_PASSAGE}`);
    expect(text).not.toContain(OLD_PASSAGE);
  });

  it('re-anchors on the page when it was saved before the change', () => {
    const doc = parsePage(PAGE);
    const range = anchorSelectors(doc.body, savedBeforeTheChange());
    expect(range?.toString()).toBe(OLD_PASSAGE);
  });

  it('re-anchors in the new text when it was saved before the change', () => {
    const [quote] = savedBeforeTheChange();
    const match = anchorInText(text, [quote!]);
    expect(match && text.slice(match.start, match.end).replace(/\s+/g, '')).toBe(OLD_PASSAGE.replace(/\s+/g, ''));
  });

  it('re-anchors on the page when the quote comes from the new text', () => {
    const start = text.indexOf(NEW_PASSAGE);
    const quote: Selector = {
      type: 'TextQuoteSelector',
      exact: NEW_PASSAGE,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(start + NEW_PASSAGE.length, start + NEW_PASSAGE.length + 32),
    };
    const doc = parsePage(PAGE);
    expect(anchorSelectors(doc.body, [quote])?.toString()).toBe(OLD_PASSAGE);
  });
});
