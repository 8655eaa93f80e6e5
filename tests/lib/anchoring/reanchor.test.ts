// @vitest-environment happy-dom
/**
 * Re-anchoring after the page changed: text inserted before the quote, small edits inside it, the passage
 * removed, repeated quotes, and the edges of describing a selection.
 */
import { describe, expect, it } from 'vitest';
import { anchorAll, anchorHighlights, anchorInText, anchorSelectors } from '@/lib/anchoring/anchor';
import { describeRange } from '@/lib/anchoring/describe';
import { buildTextIndex } from '@/lib/anchoring/text-position';
import type { RangeSelectors } from '@/lib/anchoring/types';
import { parsePage, rangeText } from './helpers';

const ARTICLE = `
<article>
  <h1>The quiet economics of libraries</h1>
  <p>Public libraries lend far more than books: they lend <em>time</em>, quiet, and a warm room in winter.</p>
  <p>Economists who tried to price these services found that <a href="#n1">every dollar spent</a> returned
    between four and six dollars of value to the community around the branch.</p>
  <p>Critics answer that such estimates count benefits generously and costs sparingly.</p>
</article>`;

/** The passage most cases highlight. */
const QUOTE = 'every dollar spent returned\n    between four and six dollars of value';

/** Shows `html` and describes the first occurrence of `quote` in it. */
function describeQuote(html: string, quote: string): RangeSelectors {
  const doc = parsePage(html);
  const index = buildTextIndex(doc.body);
  const start = index.text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  const range = doc.createRange();
  const first = index.nodes.findIndex((_, i) => index.ends[i]! > start);
  const last = index.nodes.findIndex((_, i) => index.ends[i]! >= start + quote.length);
  range.setStart(index.nodes[first]!, start - index.starts[first]!);
  range.setEnd(index.nodes[last]!, start + quote.length - index.starts[last]!);
  const selectors = describeRange(doc.body, range, index);
  expect(selectors?.[0].exact).toBe(quote);
  return selectors!;
}

/** Shows `html` and re-anchors `selectors` in it. @returns the anchored text and method, or null */
function reanchor(html: string, selectors: RangeSelectors): { text: string; method: string } | null {
  const doc = parsePage(html);
  const match = anchorInText(buildTextIndex(doc.body).text, selectors);
  const range = anchorSelectors(doc.body, selectors);
  if (!match || !range) return null;
  return { text: rangeText(doc.body, range), method: match.method };
}

describe('re-anchoring after the page changed', () => {
  it('re-anchors a quote after text is inserted before it', () => {
    const selectors = describeQuote(ARTICLE, QUOTE);
    const changed = ARTICLE.replace(
      '<h1>',
      '<p class="update">Update: this article was corrected on 4 May to fix a figure in the second paragraph.</p>\n  <h1>',
    );
    expect(reanchor(changed, selectors)).toEqual({ text: QUOTE, method: 'quote' });
  });

  it('re-anchors a quote after a word inside it was changed', () => {
    const selectors = describeQuote(ARTICLE, QUOTE);
    const changed = ARTICLE.replace('four and six', 'four and seven');
    expect(reanchor(changed, selectors)).toEqual({
      text: 'every dollar spent returned\n    between four and seven dollars of value',
      method: 'fuzzy',
    });
  });

  it('re-anchors a quote after a typo was fixed and markup inside it changed', () => {
    const withTypo = ARTICLE.replace('returned', 'retruned');
    const selectors = describeQuote(withTypo, QUOTE.replace('returned', 'retruned'));
    const changed = ARTICLE.replace('<a href="#n1">every dollar spent</a>', '<strong>every dollar spent</strong>');
    expect(reanchor(changed, selectors)).toEqual({ text: QUOTE, method: 'fuzzy' });
  });

  it('re-anchors a quote after text is inserted before it and a word inside it changed', () => {
    const selectors = describeQuote(ARTICLE, QUOTE);
    const changed = ARTICLE.replace('<h1>', '<aside>Listen to this story (6 min)</aside><h1>').replace(
      'six dollars',
      '6 dollars',
    );
    expect(reanchor(changed, selectors)?.method).toBe('fuzzy');
    expect(reanchor(changed, selectors)?.text).toBe(
      'every dollar spent returned\n    between four and 6 dollars of value',
    );
  });

  it('reports "not found" for a removed passage', () => {
    const selectors = describeQuote(ARTICLE, QUOTE);
    const changed = ARTICLE.replace(/<p>Economists[\s\S]*?<\/p>/, '');
    expect(reanchor(changed, selectors)).toBeNull();
  });

  it('reports "not found" for a passage rewritten beyond small edits', () => {
    const selectors = describeQuote(ARTICLE, QUOTE);
    const changed = ARTICLE.replace(
      'every dollar spent</a> returned\n    between four and six dollars of value',
      'each dollar</a> yielded several dollars of benefit',
    );
    expect(reanchor(changed, selectors)).toBeNull();
  });

  it('keeps the stored position when the text there still holds the quote', () => {
    const selectors = describeQuote(ARTICLE, QUOTE);
    expect(reanchor(ARTICLE, selectors)?.method).toBe('position');
  });
});

describe('repeated quotes', () => {
  const TWICE = `
<main>
  <p>In the spring report, the committee found that <em>costs rose sharply</em> after the merger was approved.</p>
  <p>Analysts disagreed about the causes, and the board asked for a second review.</p>
  <p>In the autumn report, the auditors found that <em>costs rose sharply</em> once the new plant opened.</p>
</main>`;

  /** Selectors for the second "costs rose sharply". */
  function secondOccurrence(): RangeSelectors {
    const doc = parsePage(TWICE);
    const em = doc.querySelectorAll('em')[1]!;
    const range = doc.createRange();
    range.selectNodeContents(em);
    return describeRange(doc.body, range)!;
  }

  it('picks the occurrence whose context matches after text is inserted above both', () => {
    const selectors = secondOccurrence();
    const changed = TWICE.replace('<main>', '<main><p>Costs, costs, costs: a short history of the year.</p>');
    const doc = parsePage(changed);
    const text = buildTextIndex(doc.body).text;
    const match = anchorInText(text, selectors);
    expect(match?.method).toBe('quote');
    expect(text.slice(match!.start - 20, match!.start)).toBe('he auditors found that '.slice(-20));
  });

  it('picks the occurrence whose context matches even when the stored position points at the other one', () => {
    const [quote, position] = secondOccurrence();
    const doc = parsePage(TWICE);
    const text = buildTextIndex(doc.body).text;
    const first = text.indexOf(quote.exact);
    // A stale position that happens to hold the other occurrence is accepted (it holds the quote) …
    expect(anchorInText(text, [quote, { ...position, start: first, end: first + quote.exact.length }])?.start).toBe(
      first,
    );
    // … but without a position the context decides.
    expect(anchorInText(text, [quote])?.start).toBe(position.start);
  });
});

describe('describing a selection', () => {
  it('leaves out whitespace at either end of the selection', () => {
    const doc = parsePage('<p>First paragraph.</p>\n<p>  Second one.  </p>');
    const range = doc.createRange();
    range.setStart(doc.querySelector('p')!.firstChild!, 6);
    range.setEnd(doc.querySelectorAll('p')[1]!.firstChild!, 4);
    expect(describeRange(doc.body, range)?.[0].exact).toBe('paragraph.\n  Se');
  });

  it('returns null for a selection of whitespace only', () => {
    const doc = parsePage('<p>One</p>\n\n<p>Two</p>');
    const range = doc.createRange();
    range.setStart(doc.body, 1);
    range.setEnd(doc.body, 2);
    expect(describeRange(doc.body, range)).toBeNull();
  });

  it('returns null for a selection outside the root', () => {
    const doc = parsePage('<nav>Menu</nav><article><p>Body text</p></article>');
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('nav')!);
    expect(describeRange(doc.querySelector('article')!, range)).toBeNull();
  });

  it('keeps prefix and suffix to 32 characters of context', () => {
    const doc = parsePage(`<p>${'a'.repeat(50)}<b>quote</b>${'z'.repeat(50)}</p>`);
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('b')!);
    const [quote] = describeRange(doc.body, range)!;
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'quote',
      prefix: 'a'.repeat(32),
      suffix: 'z'.repeat(32),
    });
  });
});

describe('anchoring a batch', () => {
  it('returns one entry per highlight, null for those not on the page', () => {
    const present = describeQuote(ARTICLE, QUOTE);
    const alsoPresent = describeQuote(ARTICLE, 'a warm room in winter');
    const doc = parsePage(ARTICLE);
    const missing: RangeSelectors = [
      { type: 'TextQuoteSelector', exact: 'a passage that was never on this page at all', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 3, end: 48 },
    ];
    const results = anchorAll(doc.body, [present, missing, alsoPresent]);
    expect(results.map((r) => r && rangeText(doc.body, r.range))).toEqual([QUOTE, null, 'a warm room in winter']);
  });
});

describe('anchorHighlights', () => {
  it('splits stored highlights into placed and not found, keeping both', () => {
    const kept = { id: 'kept', selectors: describeQuote(ARTICLE, QUOTE) };
    const removed = {
      id: 'removed',
      selectors: describeQuote(ARTICLE, 'Critics answer that such estimates count benefits generously'),
    };
    const doc = parsePage(ARTICLE.replace(/<p>Critics[\s\S]*?<\/p>/, ''));
    const outcome = anchorHighlights(doc.body, [kept, removed]);
    expect(outcome.placed.map((p) => [p.item.id, rangeText(doc.body, p.range)])).toEqual([['kept', QUOTE]]);
    expect(outcome.notFound.map((h) => h.id)).toEqual(['removed']);
  });
});
