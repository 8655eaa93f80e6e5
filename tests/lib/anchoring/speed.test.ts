// @vitest-environment happy-dom
/**
 * A hundred highlights on a ~20,000-word page, anchored in one batch: every one is placed on its own quote.
 * Speed is measured by `npm run bench` in Chromium, not here.
 */
import { describe, expect, it } from 'vitest';
import { anchorAll } from '@/lib/anchoring/anchor';
import { buildTextIndex } from '@/lib/anchoring/text-position';
import { parsePage } from './helpers';
import { makeSelectorLists, makeLongPage } from './long-page';

describe('anchoring a batch on a long page', () => {
  it('anchors 100 highlights on a 20,000-word page in one batch', () => {
    const html = makeLongPage(400);
    const text = buildTextIndex(parsePage(html).body).text;
    const highlights = makeSelectorLists(text, 100);
    const shown = parsePage(html);
    const results = anchorAll(shown.body, highlights);
    expect(results.every(Boolean)).toBe(true);
    // The unedited quotes (every 20th was given a typo) are placed on exactly their own text.
    results.forEach((result, i) => {
      if (i % 20 === 0) return;
      const quote = highlights[i]!.find((s) => s.type === 'TextQuoteSelector');
      expect(result && quote && text.slice(result.match.start, result.match.end)).toBe(
        quote && 'exact' in quote ? quote.exact : null,
      );
    });
  });
});
