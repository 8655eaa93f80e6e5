/**
 * Short quotes after an edit, over annotations in Hypothesis's format, written by hand following its selector
 * rules (a RangeSelector, a TextPositionSelector over the page's text, and a TextQuoteSelector with 32 characters
 * of context each side). A changed word is found where the quote's context still stands; a passage elsewhere that
 * shares the quote's words is never taken for it.
 */
import { describe, expect, it } from 'vitest';
import { anchorInText } from '@/lib/anchoring/anchor';
import { confirmedMaxErrorsFor, matchQuote, maxErrorsFor } from '@/lib/anchoring/match-quote';
import { parseAnnotations } from '@/lib/export/parse-annotations';
import { importErrorSentence } from '@/lib/strings';

/** The page's text when the annotations were made (an encyclopedia article's opening, invented). */
const PAGE = [
  'The Port Ellery harbour referendum was held on 11 December 2016 after two winters of flooding in the lower town.',
  'Turnout was 64 per cent, the highest for a local vote since the harbour was rebuilt in 1952.',
  'A second consultation opened on 3 March 2017 and closed on 11 April 2017 with 812 written responses.',
].join(' ');

/** Hypothesis's context length each side of a quote. */
const CONTEXT = 32;

/** An annotation as Hypothesis stores it, for the passage `exact` (its first occurrence) of `PAGE`. */
function hypothesisAnnotation(exact: string): Record<string, unknown> {
  const start = PAGE.indexOf(exact);
  if (start < 0) throw new Error(`not in the page: ${exact}`);
  const end = start + exact.length;
  return {
    id: `hyp-${start}`,
    created: '2026-01-05T10:00:00.000000+00:00',
    updated: '2026-01-05T10:00:00.000000+00:00',
    uri: 'https://en.example.org/wiki/Port_Ellery_harbour_referendum',
    text: '',
    tags: [],
    target: [
      {
        source: 'https://en.example.org/wiki/Port_Ellery_harbour_referendum',
        selector: [
          {
            type: 'RangeSelector',
            startContainer: '/div[1]/p[1]',
            startOffset: start,
            endContainer: '/div[1]/p[1]',
            endOffset: end,
          },
          { type: 'TextPositionSelector', start, end },
          {
            type: 'TextQuoteSelector',
            exact,
            prefix: PAGE.slice(Math.max(0, start - CONTEXT), start),
            suffix: PAGE.slice(end, end + CONTEXT),
          },
        ],
      },
    ],
    document: { title: ['Port Ellery harbour referendum'] },
  };
}

/** Crux's selectors for a Hypothesis annotation, read the way an import reads it. */
function selectorsOf(exact: string) {
  const batch = parseAnnotations(hypothesisAnnotation(exact));
  if (!batch.ok) throw new Error(importErrorSentence(batch.error));
  return batch.value.highlights[0]!.selectors;
}

/** Where a highlight lands in a text, as the text it covers. */
function anchoredText(text: string, exact: string): string | null {
  const match = anchorInText(text, selectorsOf(exact));
  return match && text.slice(match.start, match.end);
}

describe('the fuzzy budget', () => {
  it('allows half the length of a quote of 8 to 31 characters where its context confirms it, none blind', () => {
    expect(confirmedMaxErrorsFor('11 December 2016')).toBe(8);
    expect(maxErrorsFor('11 December 2016')).toBe(0);
    expect(confirmedMaxErrorsFor('in 1952')).toBe(0);
  });

  it('keeps a tenth of a long quote anywhere, and a word more where its context confirms it', () => {
    const long = 'x'.repeat(100);
    expect(maxErrorsFor(long)).toBe(10);
    expect(confirmedMaxErrorsFor(long)).toBe(26);
  });
});

describe('a changed word inside a short quote', () => {
  it('is found: "11 December 2016" after the page says "11 November 2016"', () => {
    const edited = PAGE.replace('11 December 2016', '11 November 2016');
    expect(anchoredText(edited, '11 December 2016')).toBe('11 November 2016');
  });

  it('is found in an 8-character quote whose suffix still stands', () => {
    const edited = PAGE.replace('812 written', '790 written');
    expect(anchoredText(edited, '812 writ')).toBe('790 writ');
  });

  it('is found when a word is also inserted between the quote and its context', () => {
    const edited = PAGE.replace('was held on 11 December 2016', 'was held on Sunday 11 November 2016');
    expect(anchoredText(edited, '11 December 2016')).toContain('11 November 2016');
  });
});

describe('a different passage that shares words with a short quote', () => {
  it('is not taken for it when the quoted passage is gone', () => {
    // The referendum sentence is removed; the page still has "11 April 2017", which shares words and digits.
    const edited = PAGE.replace(/The Port Ellery harbour referendum[^.]*\. /, '');
    expect(anchoredText(edited, '11 December 2016')).toBeNull();
  });

  it('is not found by a quote without context, however close', () => {
    const edited = PAGE.replace('11 December 2016', '11 November 2016');
    expect(matchQuote(edited, '11 December 2016')).toBeNull();
  });

  it('is not taken for it when the context stands but the passage beside it changed beyond a word', () => {
    const edited = PAGE.replace('11 December 2016', 'a date to be agreed by the council');
    expect(anchoredText(edited, '11 December 2016')).toBeNull();
  });
});

describe('Hypothesis annotations on the unchanged page', () => {
  it.each(['11 December 2016', 'Turnout was 64 per cent', 'closed on 11 April 2017 with 812 written responses'])(
    'anchors "%s" exactly where it was made',
    (exact) => {
      const match = anchorInText(PAGE, selectorsOf(exact));
      expect(match).toEqual({
        start: PAGE.indexOf(exact),
        end: PAGE.indexOf(exact) + exact.length,
        method: 'position',
      });
    },
  );
});
