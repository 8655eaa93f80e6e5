// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findTextInPage } from '@/lib/reveal/find-text';
import { describeSentence } from '@/lib/reveal/target';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Shows a page in the window's own document (see lib/anchoring/README: happy-dom and parsed documents). */
function showPage(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** The range's text, white space collapsed. */
const textOf = (range: Range | null) => range?.toString().replace(/\s+/g, ' ') ?? null;

describe('findTextInPage', () => {
  it('finds a sentence whose source wraps across lines and inline elements', () => {
    const body = showPage(`<article><p>The board wants to cut every licence
      by the <em>same</em> share.   The union refuses.</p></article>`);
    const range = findTextInPage(body, { text: 'The board wants to cut every licence by the same share.', prefix: '', suffix: ' The union' });
    expect(textOf(range)).toBe('The board wants to cut every licence by the same share.');
  });

  it('prefers the occurrence whose context matches (a sentence repeated in a pull quote)', () => {
    const body = showPage(`<aside><p>We came here for a plan.</p></aside>
      <p>One grower said: We came here for a plan. Then she left.</p>`);
    const article = 'One grower said: We came here for a plan. Then she left.';
    const start = article.indexOf('We came');
    const range = findTextInPage(body, describeSentence(article, start, start + 'We came here for a plan.'.length));
    expect(range?.startContainer.parentElement?.closest('aside')).toBeNull();
    expect(textOf(range)).toBe('We came here for a plan.');
  });

  it('finds a sentence that changed a little since it was read', () => {
    const body = showPage('<p>Engineers have put the cost of the reservoir at forty-two million euros.</p>');
    const range = findTextInPage(body, { text: 'Engineers have put the cost of the reservoir at forty million euros.', prefix: '', suffix: '' });
    expect(textOf(range)).toMatch(/^Engineers have put the cost/);
  });

  it('returns null for a sentence that is no longer on the page', () => {
    const body = showPage('<p>The minister said the talks would resume in September.</p>');
    expect(findTextInPage(body, { text: 'Farmers who attended were quietly pessimistic about the outcome.', prefix: '', suffix: '' })).toBeNull();
  });

  it('ignores script and style text', () => {
    const body = showPage('<script>var s = "The talks ended.";</script><p>Nothing here.</p>');
    expect(findTextInPage(body, { text: 'The talks ended.', prefix: '', suffix: '' })).toBeNull();
  });
});

describe('describeSentence', () => {
  it('takes 32 characters of context each side, white space collapsed', () => {
    const text = 'First paragraph ends here.\n\nThe sentence.\n\nNext paragraph starts.';
    const start = text.indexOf('The sentence.');
    expect(describeSentence(text, start, start + 13)).toEqual({
      text: 'The sentence.',
      prefix: 'First paragraph ends here. ',
      suffix: ' Next paragraph starts.',
    });
  });
});
