/**
 * A huge page (about 5 MB, generated here from a template) must finish in reasonable time and keep every word:
 * guards against quadratic steps in the cleanup and block collection.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/article/extract';
import { parseHtml } from '@/scripts/cli/parse-html';

/** One paragraph of the template; `{n}` is replaced by its number so no two paragraphs repeat. */
const PARAGRAPH =
  'Survey team {n} walked the transect at dawn and counted the nesting pairs along the shingle ridge, noting the wind, the tide and the number of disturbed scrapes before the first walkers arrived on the beach.';

/** Paragraphs in the page: about 5 MB of markup with the navigation padding below. */
const PARAGRAPHS = 22_500;

function makeHugePage(): { html: string; words: number } {
  const paragraphs: string[] = [];
  for (let n = 1; n <= PARAGRAPHS; n++) paragraphs.push(`<p>${PARAGRAPH.replace('{n}', `A${n}`)}</p>`);
  const nav = Array.from({ length: 2000 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const html = `<!DOCTYPE html><html lang="en"><head><title>Ten years of shorebird counts</title></head><body>
<nav><ul>${nav}</ul></nav><article><h1>Ten years of shorebird counts</h1>${paragraphs.join('\n')}</article></body></html>`;
  const wordsPerParagraph = PARAGRAPH.replace('{n}', 'A1').split(/\s+/).length;
  return { html, words: PARAGRAPHS * wordsPerParagraph };
}

describe('a huge page', () => {
  it('is extracted completely, every paragraph and word kept', () => {
    const { html, words } = makeHugePage();
    expect(html.length).toBeGreaterThan(4_500_000);
    const result = extractArticle(parseHtml(html, 'https://birds.example/counts'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.wordCount).toBe(words);
    expect(result.value.blocks).toHaveLength(PARAGRAPHS);
  }, 60_000);
});
