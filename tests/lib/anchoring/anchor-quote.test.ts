// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { anchorQuote } from '@/lib/anchoring/anchor';
import { describeText } from '@/lib/anchoring/describe';
import type { TextQuoteSelector } from '@/lib/anchoring/types';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Shows a page in the window's own document (see lib/anchoring/README: happy-dom and parsed documents). */
function showPage(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** A sentence of the article to find, as the popup describes it. */
const sentence = (exact: string, prefix = '', suffix = ''): TextQuoteSelector => ({
  type: 'TextQuoteSelector',
  exact,
  prefix,
  suffix,
});

/** Finds a sentence of the article in the page, as the highlighter's `revealQuote` does. */
const findSentence = (root: Node, selector: TextQuoteSelector) =>
  anchorQuote(root, selector, { collapseWhitespace: true })?.range ?? null;

/** The range's text, white space collapsed. */
const textOf = (range: Range | null) => range?.toString().replace(/\s+/g, ' ') ?? null;

describe('anchorQuote with collapsed white space (a sentence of the article)', () => {
  it('finds a sentence whose source wraps across lines and inline elements', () => {
    const body = showPage(`<article><p>The board wants to cut every licence
      by the <em>same</em> share.   The union refuses.</p></article>`);
    const range = findSentence(
      body,
      sentence('The board wants to cut every licence by the same share.', '', ' The union'),
    );
    expect(textOf(range)).toBe('The board wants to cut every licence by the same share.');
  });

  it('prefers the occurrence whose context matches (a sentence repeated in a pull quote)', () => {
    const body = showPage(`<aside><p>We came here for a plan.</p></aside>
      <p>One grower said: We came here for a plan. Then she left.</p>`);
    const article = 'One grower said: We came here for a plan. Then she left.';
    const start = article.indexOf('We came');
    const range = findSentence(body, describeText(article, start, start + 'We came here for a plan.'.length));
    expect(range?.startContainer.parentElement?.closest('aside')).toBeNull();
    expect(textOf(range)).toBe('We came here for a plan.');
  });

  it('finds a sentence that changed a little since it was read', () => {
    const body = showPage('<p>Engineers have put the cost of the reservoir at forty-two million euros.</p>');
    const range = findSentence(
      body,
      sentence('Engineers have put the cost of the reservoir at forty million euros.', '', ''),
    );
    expect(textOf(range)).toMatch(/^Engineers have put the cost/);
  });

  it('returns null for a sentence that is no longer on the page', () => {
    const body = showPage('<p>The minister said the talks would resume in September.</p>');
    expect(
      findSentence(body, sentence('Farmers who attended were quietly pessimistic about the outcome.', '', '')),
    ).toBeNull();
  });

  it('ignores script and style text', () => {
    const body = showPage('<script>var s = "The talks ended.";</script><p>Nothing here.</p>');
    expect(findSentence(body, sentence('The talks ended.', '', ''))).toBeNull();
  });
});

describe('describeText for a sentence of the article', () => {
  it('takes 32 characters of context each side, which anchorQuote collapses when it compares', () => {
    const text = 'First paragraph ends here.\n\nThe sentence.\n\nNext paragraph starts.';
    const start = text.indexOf('The sentence.');
    expect(describeText(text, start, start + 13)).toEqual({
      type: 'TextQuoteSelector',
      exact: 'The sentence.',
      prefix: 'First paragraph ends here.\n\n',
      suffix: '\n\nNext paragraph starts.',
    });
    const body = showPage('<p>First paragraph ends here.</p>\n  <p>The sentence.</p>\n  <p>Next paragraph starts.</p>');
    expect(textOf(findSentence(body, describeText(text, start, start + 13)))).toBe('The sentence.');
  });
});
