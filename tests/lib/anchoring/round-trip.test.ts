// @vitest-environment happy-dom
/**
 * Round trips over the fixture pages: describe a range, re-anchor it on a fresh copy of the page, get the same
 * text back — by position, and by quote alone when the position is dropped.
 */
import { describe, expect, it } from 'vitest';
import { anchorInText, anchorSelectors } from '@/lib/anchoring/anchor';
import { describeRange } from '@/lib/anchoring/describe';
import { buildTextIndex } from '@/lib/anchoring/text-position';
import { loadFixtures, parsePage, rangeText, resolveRange } from './helpers';

for (const fixture of loadFixtures()) {
  describe(`fixture ${fixture.slug}`, () => {
    for (const spec of fixture.ranges) {
      describe(spec.name, () => {
        // Described while the test file is collected, before any test replaces the page.
        const original = parsePage(fixture.html);
        const selectors = describeRange(original.body, resolveRange(original, spec));
        const originalText = buildTextIndex(original.body).text;

        it('describes the quote as the text the range covers', () => {
          expect(selectors?.[0].exact).toBe(spec.exact);
        });

        it('describes a position that holds the quote', () => {
          const [quote, position] = selectors!;
          expect(originalText.slice(position.start, position.end)).toBe(quote.exact);
        });

        it('re-anchors on a fresh copy of the page by position, to the same text', () => {
          const shown = parsePage(fixture.html);
          const range = anchorSelectors(shown.body, selectors!);
          expect(range).not.toBeNull();
          expect(rangeText(shown.body, range!)).toBe(spec.exact);
          expect(anchorInText(buildTextIndex(shown.body).text, selectors!)?.method).toBe('position');
        });

        it('re-anchors by quote and context alone, to the same place', () => {
          const shown = parsePage(fixture.html);
          const [quote, position] = selectors!;
          const match = anchorInText(buildTextIndex(shown.body).text, [quote]);
          expect(match).toEqual({ start: position.start, end: position.end, method: 'quote' });
        });
      });
    }
  });
}
