/**
 * Pages whose structure is pathological for Readability under linkedom: nesting thousands of `<div>`s deep, and
 * more elements than Readability's scoring can take in time. The full-size pages (2,000 to 20,000 deep, 200,000
 * paragraphs) are timed by `npm run bench`; these smaller ones check that nothing of the article is lost.
 */
import { describe, expect, it } from 'vitest';
import { boundDepth, HARD_MAX_DEPTH, MAX_DEPTH } from '@/lib/article/bound-depth';
import { extractArticle, HUGE_PAGE_ELEMENTS } from '@/lib/article/extract';
import { parseHtml } from '@/scripts/cli/parse-html';
import { makeDeepPage, makeManyParagraphsPage } from './stress-pages';

/** How deep the element tree under `root` goes. */
function depthOf(root: Element): number {
  let max = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    max = Math.max(max, depth);
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return max;
}

describe('a deeply nested page', () => {
  it('keeps every paragraph of an article wrapped in 1,000 <div>s, the ones on the way down included', () => {
    const page = makeDeepPage(1000);
    const result = extractArticle(parseHtml(page.html, page.url), { url: page.url });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const paragraphs = new Set(result.value.blocks.map((block) => block.text));
    expect(page.paragraphs.filter((p) => !paragraphs.has(p))).toEqual([]);
  });

  it('reads the same article whether the command line hands its document over or the page is cloned', () => {
    const page = makeDeepPage(300);
    const cloned = extractArticle(parseHtml(page.html, page.url), { url: page.url });
    const owned = extractArticle(parseHtml(page.html, page.url), { url: page.url, ownsDocument: true });
    expect(owned).toEqual(cloned);
  });

  it('bounds the depth Readability sees and keeps all text, two wrapped lines apart', () => {
    const nested = (depth: number, inner: string): string => '<div>'.repeat(depth) + inner + '</div>'.repeat(depth);
    const inner = `loose line${nested(2, 'first line')}${nested(2, 'second line')}<p>a paragraph</p>`;
    const doc = parseHtml(`<html><body>${nested(400, inner)}</body></html>`, 'https://x.example/');
    const { unwrapped } = boundDepth(doc.body);
    expect(unwrapped).toBeGreaterThan(300);
    expect(depthOf(doc.body)).toBeLessThanOrEqual(MAX_DEPTH + 1);
    expect(doc.body.textContent).toBe('loose linefirst linesecond linea paragraph');
    const leaves = Array.from(doc.querySelectorAll<Element>('div, p')).filter((el) => el.children.length === 0);
    expect(leaves.map((el) => el.textContent)).toEqual(['loose line', 'first line', 'second line', 'a paragraph']);
  });

  it('unwraps even structural elements nested past the hard limit', () => {
    const doc = parseHtml(
      `<html><body>${'<blockquote>'.repeat(500)}deep words${'</blockquote>'.repeat(500)}</body></html>`,
      'https://x.example/',
    );
    boundDepth(doc.body);
    expect(depthOf(doc.body)).toBeLessThanOrEqual(HARD_MAX_DEPTH + 1);
    expect(doc.body.textContent).toBe('deep words');
  });

  it('leaves an ordinary page untouched', () => {
    const doc = parseHtml(
      '<html><body><article><div><p>One.</p><p>Two.</p></div></article></body></html>',
      'https://x.example/',
    );
    const before = doc.body.innerHTML;
    expect(boundDepth(doc.body).unwrapped).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('a page with more elements than Readability can score in time', () => {
  it('keeps every paragraph through the one-pass container pick', () => {
    const page = makeManyParagraphsPage(Math.ceil(HUGE_PAGE_ELEMENTS / 2) + 1000);
    const result = extractArticle(parseHtml(page.html, page.url), { url: page.url, ownsDocument: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.title).toBe('Every count since the survey began');
    expect(result.value.blocks).toHaveLength(page.paragraphs.length);
    expect(result.value.blocks[0]!.text).toBe(page.paragraphs[0]);
    expect(result.value.blocks.at(-1)!.text).toBe(page.paragraphs.at(-1));
    expect(result.value.text).not.toContain('Surveys');
  }, 60_000);
});
