/**
 * Reading annotation files: the shapes accepted, annotations from other tools, and the sentence a reader gets for
 * a file that cannot be imported (which item, which field).
 */
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS, parseAnnotationFile, parseAnnotations } from '@/lib/export/parse-annotations';
import { nameBasedUuid } from '@/lib/export/uuid';
import { readFixedNotes, readFixture } from './make-notes';
import { importErrorSentence } from '@/lib/strings';

/** A minimal standard annotation of a passage. */
function annotation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:9a1b2c3d-0000-4000-8000-000000000001',
    type: 'Annotation',
    created: '2024-05-01T09:00:00.000Z',
    target: { source: 'https://example.com/a', selector: { type: 'TextQuoteSelector', exact: 'a passage' } },
    ...overrides,
  };
}

/** The sentence the reader gets for a value, failing the test if it parses. */
function messageFor(value: unknown): string {
  const result = parseAnnotations(value);
  if (result.ok) throw new Error('expected a failure');
  return importErrorSentence(result.error);
}

/** The sentence for a failed parse of a file's text, or null when it parsed. */
function sentenceOf(result: ReturnType<typeof parseAnnotationFile>): string | null {
  return result.ok ? null : importErrorSentence(result.error);
}

describe("reading Crux's own export", () => {
  it('reads back the fixed set of notes from its reviewed JSON file', () => {
    const batch = parseAnnotationFile(readFixture('expected.jsonld'));
    if (!batch.ok) throw new Error(importErrorSentence(batch.error));
    const fixed = readFixedNotes();
    const withoutWords = <T extends { words: string[] }>(list: T[]) => list.map(({ words: _words, ...rest }) => rest);
    expect(withoutWords(batch.value.highlights)).toEqual(withoutWords(fixed.highlights));
    expect(withoutWords(batch.value.pageNotes)).toEqual(withoutWords(fixed.pageNotes));
    expect(batch.value.pages.map((p) => [p.key, p.site, p.title])).toEqual(
      fixed.pages.map((p) => [p.key, p.site, p.title]),
    );
  });

  it('computes the word index as the store does', () => {
    const batch = parseAnnotations(
      annotation({
        body: [
          { type: 'TextualBody', value: 'Arguments' },
          { type: 'TextualBody', value: 'Ocean', purpose: 'tagging' },
        ],
      }),
    );
    expect(batch.ok && batch.value.highlights[0]!.words).toEqual([
      'a',
      'argument',
      'arguments',
      'ocean',
      'passag',
      'passage',
    ]);
  });

  it('ignores a byte order mark', () => {
    expect(parseAnnotationFile(`\uFEFF${JSON.stringify(annotation())}`).ok).toBe(true);
  });
});

describe('accepted shapes', () => {
  const one = annotation();
  it.each([
    ['one annotation', one],
    ['a list of annotations', [one]],
    ['an AnnotationPage', { type: 'AnnotationPage', items: [one] }],
    [
      'an AnnotationCollection with its first page',
      { type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage', items: [one] } },
    ],
    ['a Hypothesis search result', { total: 1, rows: [one] }],
  ])('reads %s', (_name, value) => {
    const batch = parseAnnotations(value);
    expect(batch.ok && batch.value.highlights.map((h) => h.id)).toEqual(['9a1b2c3d-0000-4000-8000-000000000001']);
  });

  it('reads an empty collection as nothing to import', () => {
    expect(parseAnnotations({ type: 'AnnotationCollection', total: 0 })).toEqual({
      ok: true,
      value: { pages: [], highlights: [], pageNotes: [] },
    });
  });

  it('reads a target given as a URL, an object with an id, or a list, and a body given as a string', () => {
    const asUrl = parseAnnotations(annotation({ target: 'https://example.com/a', body: 'About the page.' }));
    expect(asUrl.ok && asUrl.value.pageNotes[0]!.text).toBe('About the page.');
    const asId = parseAnnotations(
      annotation({ target: { id: 'https://example.com/a', type: 'Text' }, bodyValue: 'Also.' }),
    );
    expect(asId.ok && asId.value.pageNotes[0]!.text).toBe('Also.');
    const asList = parseAnnotations(
      annotation({
        target: [
          { source: 'https://example.com/b' },
          { source: 'https://example.com/a', selector: [{ type: 'TextQuoteSelector', exact: 'x' }] },
        ],
      }),
    );
    expect(asList.ok && asList.value.highlights[0]!.url).toBe('https://example.com/a');
  });
});

describe('annotations from other tools', () => {
  it("imports standard annotations (Hypothesis's JSON-LD) with stable ids, normalised tags, default colour and the page key", () => {
    const batch = parseAnnotationFile(readFixture('hypothesis-jsonld.json'));
    if (!batch.ok) throw new Error(importErrorSentence(batch.error));
    const [highlight] = batch.value.highlights;
    expect(highlight).toMatchObject({
      id: nameBasedUuid('id:https://hypothes.is/a/Zx1AbC2dEeF3gH4iJ5kL6'),
      pageKey: 'https://example.com/articles/tide-pools',
      site: 'example.com',
      url: 'https://www.example.com/articles/tide-pools?utm_source=rss',
      quote: 'Tide pools hold their water between tides.',
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact: 'Tide pools hold their water between tides.',
          prefix: 'rocky shore at low water. ',
          suffix: ' Crabs, anemones',
        },
        { type: 'TextPositionSelector', start: 120, end: 162 },
      ],
      colour: 'key',
      note: 'Compare with the 2019 survey.',
      tags: ['marine-biology'],
      created: Date.UTC(2024, 2, 4, 10, 11, 12, 345),
      modified: Date.UTC(2024, 2, 5, 8),
    });
    expect(batch.value.pageNotes).toMatchObject([
      { text: 'A page note: the photos are by the author.', pageKey: 'https://example.com/articles/tide-pools' },
    ]);
    expect(batch.value.pages).toMatchObject([{ key: 'https://example.com/articles/tide-pools', title: '' }]);
  });

  it("imports Hypothesis's own API rows (text, tags, updated, document title)", () => {
    const batch = parseAnnotationFile(readFixture('hypothesis-api.json'));
    if (!batch.ok) throw new Error(importErrorSentence(batch.error));
    expect(batch.value.highlights[0]).toMatchObject({
      note: 'Twelve years seems long — check the source.',
      tags: ['desert', 'to-check'],
      created: Date.UTC(2024, 1, 1, 8, 30),
      modified: Date.UTC(2024, 1, 2, 9, 45),
    });
    expect(batch.value.pages[0]).toMatchObject({ title: 'When the desert blooms', site: 'news.example.org' });
  });

  it('gives an annotation without an id the same id every time it is read', () => {
    const { id: _id, ...anonymous } = annotation();
    const first = parseAnnotations(anonymous);
    const second = parseAnnotations(JSON.parse(JSON.stringify(anonymous)));
    expect(first.ok && second.ok && first.value.highlights[0]!.id === second.value.highlights[0]!.id).toBe(true);
  });

  it('dates an annotation without times by the file, else 1990, so a re-import still merges', () => {
    const { created: _created, ...undated } = annotation();
    const inFile = parseAnnotations({
      type: 'AnnotationCollection',
      generated: '2024-06-01T00:00:00Z',
      first: { type: 'AnnotationPage', items: [undated] },
    });
    expect(inFile.ok && [inFile.value.highlights[0]!.created, inFile.value.highlights[0]!.modified]).toEqual([
      Date.UTC(2024, 5, 1),
      Date.UTC(2024, 5, 1),
    ]);
    const alone = parseAnnotations(undated);
    expect(alone.ok && alone.value.highlights[0]!.modified).toBe(Date.UTC(1990, 0, 1));
  });

  it('keeps the later copy when one file has the same id twice', () => {
    const older = annotation({ modified: '2024-05-02T00:00:00Z', bodyValue: 'older' });
    const newer = annotation({ modified: '2024-05-03T00:00:00Z', bodyValue: 'newer' });
    for (const items of [
      [older, newer],
      [newer, older],
    ]) {
      const batch = parseAnnotations(items);
      expect(batch.ok && batch.value.highlights.map((h) => h.note)).toEqual(['newer']);
    }
  });
});

describe('files that cannot be imported', () => {
  it('says an empty file is empty', () => {
    for (const text of ['', '   \n', '\uFEFF']) {
      const result = parseAnnotationFile(text);
      expect(!result.ok && result.error).toEqual({ code: 'empty' });
      expect(sentenceOf(result)).toBe('This file is empty, so there was nothing to import.');
    }
  });

  it('says a file that is not JSON is not an export, and where it breaks', () => {
    const result = parseAnnotationFile('{\n  "type": "Annotation",\n  oops\n}');
    expect(!result.ok && result.error).toEqual({ code: 'not-json', cutOff: false, line: 3 });
    expect(sentenceOf(result)).toBe(
      'This file is not a Web Annotation export: the text is not valid JSON near line 3.',
    );
  });

  it('says a cut-off file was cut off', () => {
    const whole = readFixture('expected.jsonld');
    const result = parseAnnotationFile(whole.slice(0, Math.floor(whole.length / 2)));
    expect(!result.ok && result.error).toEqual({ code: 'not-json', cutOff: true });
    expect(sentenceOf(result)).toBe(
      'This file is not a Web Annotation export: it stops in the middle, as if the file was cut off.',
    );
  });

  it('refuses a file too large to read', () => {
    const result = parseAnnotationFile(`${' '.repeat(MAX_IMPORT_CHARS)}[]`);
    expect(!result.ok && result.error.code).toBe('too-large');
    expect(sentenceOf(result)).toBe(
      'This file is too large to import (about 64 MB); Crux imports files of up to 64 MB.',
    );
  });

  it('says unrelated JSON is not an export', () => {
    const unrelated = parseAnnotationFile(readFixture('unrelated-package.json'));
    expect(unrelated).toEqual({ ok: false, error: { code: 'not-annotations', reason: 'no-annotations' } });
    expect(sentenceOf(unrelated)).toBe(
      'This file is not a Web Annotation export: it has no annotations in it (no “items”, “first” or “target”).',
    );
    expect(messageFor([1, 2, 3])).toBe(
      'This file is not a Web Annotation export: it is a list of items that are each a number, not annotations.',
    );
    expect(messageFor([])).toBe('This file is not a Web Annotation export: it is an empty list.');
    expect(messageFor('hello')).toBe(
      'This file is not a Web Annotation export: it holds a piece of text, not annotations.',
    );
  });

  it('names the item and the field when one item among good ones is bad', () => {
    const result = parseAnnotationFile(readFixture('one-bad-item.json'));
    expect(!result.ok && result.error).toEqual({ code: 'invalid-item', item: 3, problem: 'no-source' });
    expect(sentenceOf(result)).toBe('Nothing was imported, because item 3 has no page address in its target (source).');
  });

  it.each([
    ['a number among annotations', 42, 'is a number, not an annotation'],
    ['no target', { target: undefined, body: 'x' }, 'has no target (the page it is about)'],
    [
      'a page address that is not one',
      { target: { source: 'not a url', selector: { type: 'TextQuoteSelector', exact: 'x' } } },
      'has a page address in its target that is not a web address (“not a url”)',
    ],
    [
      'a selector but no quote',
      { target: { source: 'https://example.com/a', selector: { type: 'CssSelector', value: '#p3' } } },
      'points into its page without quoting the text (its target has no TextQuoteSelector)',
    ],
    [
      'an empty quote',
      { target: { source: 'https://example.com/a', selector: { type: 'TextQuoteSelector', exact: '  ' } } },
      'has no quoted text (the TextQuoteSelector has no “exact”)',
    ],
    [
      'a prefix that is not text',
      { target: { source: 'https://example.com/a', selector: { type: 'TextQuoteSelector', exact: 'x', prefix: 3 } } },
      'has a TextQuoteSelector whose prefix is not text',
    ],
    [
      'a backwards position',
      {
        target: {
          source: 'https://example.com/a',
          selector: [
            { type: 'TextQuoteSelector', exact: 'x' },
            { type: 'TextPositionSelector', start: 9, end: 2 },
          ],
        },
      },
      'has a TextPositionSelector whose start and end are not positions in the page',
    ],
    [
      'a date that is not one',
      { created: 'yesterday' },
      'has a creation date (created) that is not a date (“yesterday”)',
    ],
    ['an id that is not text', { id: 17 }, 'has an id that is not text'],
    ['a tag with no text', { body: [{ type: 'TextualBody', purpose: 'tagging' }] }, 'has a tag with no text (value)'],
    [
      'a body with nothing readable',
      { body: [{ type: 'TextualBody', value: 'ok' }, { type: 'Image' }] },
      'has a body (body 2) with no text Crux can read (value)',
    ],
    [
      'a page note with nothing in it',
      { target: 'https://example.com/a' },
      'has nothing to import: no quoted text, no note and no tags',
    ],
  ])('names the field for %s', (_name, change, problem) => {
    const bad = typeof change === 'object' ? annotation(change as Record<string, unknown>) : change;
    expect(messageFor([annotation({ id: 'urn:uuid:9a1b2c3d-0000-4000-8000-00000000000f' }), bad])).toBe(
      `Nothing was imported, because item 2 ${problem}.`,
    );
  });

  it('refuses the same id on a highlight and a page note', () => {
    expect(messageFor([annotation(), annotation({ target: 'https://example.com/a', bodyValue: 'note' })])).toBe(
      'Nothing was imported, because item 2 has the same id as item 1, which is a different kind of note (a highlight and a page note).',
    );
  });

  it('refuses a collection whose annotations are elsewhere or missing', () => {
    expect(messageFor({ type: 'AnnotationCollection', total: 3, first: 'https://example.com/page1' })).toBe(
      'This file does not hold its annotations itself (its collection only links to them), so nothing was imported.',
    );
    expect(
      messageFor({ type: 'AnnotationCollection', total: 3, first: { type: 'AnnotationPage', items: [annotation()] } }),
    ).toBe('This file is incomplete: it says it holds 3 annotations but 1 is in it, so nothing was imported.');
    expect(messageFor({ type: 'AnnotationPage', next: 'https://example.com/page2', items: [annotation()] })).toBe(
      'This file holds only the first page of a longer set of annotations (it links to a next page), so nothing was imported.',
    );
  });

  it('refuses a file from a newer Crux', () => {
    expect(messageFor({ type: 'AnnotationCollection', 'crux:formatVersion': 99, total: 0 })).toBe(
      'This file was made by a newer version of Crux; update Crux to import it. Nothing was imported.',
    );
  });
});
