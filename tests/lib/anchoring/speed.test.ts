// @vitest-environment happy-dom
/**
 * Speed: a hundred highlights on a ~20,000-word page, anchored in one batch. The budget is 100 ms in Chromium
 * (measured by `npx tsx tests/lib/anchoring/bench-chromium.ts`); happy-dom's ranges are far slower than a
 * browser's, so the bound here only catches a blow-up (say, rebuilding the text per highlight).
 */
import { describe, expect, it } from 'vitest';
import { anchorAll } from '../../../lib/anchoring/anchor';
import { buildTextIndex } from '../../../lib/anchoring/text-position';
import { parsePage } from './helpers';
import { makeHighlights, makeLongPage } from './long-page';

describe('anchoring speed', () => {
  it('anchors 100 highlights on a 20,000-word page in one batch', () => {
    const html = makeLongPage(400);
    const text = buildTextIndex(parsePage(html).body).text;
    const highlights = makeHighlights(text, 100);
    const shown = parsePage(html);
    const started = performance.now();
    const results = anchorAll(shown.body, highlights);
    const elapsed = performance.now() - started;
    console.info(`anchored ${results.filter(Boolean).length}/100 highlights on ${text.split(/\s+/).length} words in ${elapsed.toFixed(1)} ms (happy-dom)`);
    expect(results.every(Boolean)).toBe(true);
    expect(elapsed).toBeLessThan(2000);
  });
});
