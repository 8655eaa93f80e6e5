/**
 * The two export formats on a fixed, reviewed set of notes (`tests/fixtures/export/notes.json`): the Markdown file
 * and the Web Annotation JSON must match their expected files byte for byte, and the Markdown must stay safe
 * whatever a note holds.
 */
import { describe, expect, it } from 'vitest';
import { escapeInline, escapeNote, toMarkdown } from '@/lib/export/markdown';
import { CRUX_CONTEXT, serializeWebAnnotations, toWebAnnotations } from '@/lib/export/web-annotation';
import { makeHighlight } from '@/tests/factories';
import {
  FIXTURE_COLLECTION_ID,
  FIXTURE_NOW,
  makeExportData,
  makePageNote,
  readFixedNotes,
  readFixture,
} from './make-notes';

describe('Markdown export', () => {
  it('matches the reviewed file for the fixed set of notes', () => {
    expect(toMarkdown(readFixedNotes(), { now: FIXTURE_NOW })).toBe(readFixture('expected.md'));
  });

  it('opens with one front matter block giving the export time and counts, leaving deleted notes out', () => {
    const markdown = toMarkdown(readFixedNotes(), { now: FIXTURE_NOW });
    expect(markdown.split('\n').slice(0, 7)).toEqual([
      '---',
      'title: Crux notes',
      'exported: 2025-01-02T03:04:05.000Z',
      'pages: 3',
      'highlights: 4',
      'page-notes: 2',
      '---',
    ]);
    expect(markdown.match(/^---$/gm)).toHaveLength(2);
    expect(markdown).not.toContain('This passage was deleted');
  });

  it('says so when there are no notes', () => {
    expect(toMarkdown({ pages: [], highlights: [], pageNotes: [] }, { now: FIXTURE_NOW })).toBe(
      '---\ntitle: Crux notes\nexported: 2025-01-02T03:04:05.000Z\npages: 0\nhighlights: 0\npage-notes: 0\n---\n\nNo notes.\n',
    );
  });

  it("puts a page's notes first, then its highlights in page order, under one heading per page", () => {
    const later = makeHighlight({ exact: 'Second in the page.', start: 500, created: 1 });
    const earlier = makeHighlight({ exact: 'First in the page.', start: 10, created: 2 });
    const markdown = toMarkdown(makeExportData([later, earlier], [makePageNote({ text: 'About the page.' })], {}), {
      now: FIXTURE_NOW,
    });
    const order = ['## Untitled', 'About the page.', '> First in the page.', '> Second in the page.'].map((line) =>
      markdown.indexOf(line),
    );
    expect(order.every((position, i) => position >= 0 && (i === 0 || position > order[i - 1]!))).toBe(true);
  });

  it('keeps a note from starting a heading, rule, quote, code block, HTML block, link definition or comment', () => {
    const hostile = [
      '# Heading',
      '## Also',
      '---',
      '===',
      '***',
      '> quote',
      '```js',
      '~~~',
      '<div>',
      '[ref]: https://x',
      '%% open comment',
      '$$ open math',
    ].join('\n');
    const lines = escapeNote(hostile).split('\n');
    expect(lines).toEqual([
      '\\# Heading',
      '\\## Also',
      '\\---',
      '\\===',
      '\\***',
      '\\> quote',
      '\\```js',
      '\\~~~',
      '\\<div>',
      '\\[ref]: https://x',
      '\\%\\% open comment',
      '\\$\\$ open math',
    ]);
  });

  it('keeps Markdown the reader wrote in a note, and #tags at the start of a line', () => {
    expect(escapeNote('**bold**, _it_, [a link](https://example.com)\n- a list\n#tag here')).toBe(
      '**bold**, _it_, [a link](https://example.com)\n- a list\n#tag here',
    );
  });

  it('shows titles and quotes as written, on one line', () => {
    expect(escapeInline('# [Draft] *not* <b>bold</b> a|b ==x== ~~y~~ $5 & 100%')).toBe(
      '\\# \\[Draft\\] \\*not\\* \\<b\\>bold\\</b\\> a\\|b \\=\\=x\\=\\= \\~\\~y\\~\\~ \\$5 \\& 100\\%',
    );
    expect(escapeInline('- not a list')).toBe('\\- not a list');
    expect(escapeInline('1. not a list either')).toBe('1\\. not a list either');
    expect(escapeInline('two\nlines')).toBe('two lines');
  });

  it('writes tags as Obsidian tags', () => {
    const markdown = toMarkdown(makeExportData([makeHighlight({ tags: ['open data', 'a.b', 'ünï'] })]), {
      now: FIXTURE_NOW,
    });
    expect(markdown).toContain('#open-data #a-b #ünï');
  });
});

describe('Web Annotation export', () => {
  it('matches the reviewed file for the fixed set of notes', () => {
    const options = { now: FIXTURE_NOW, id: FIXTURE_COLLECTION_ID };
    expect(serializeWebAnnotations(toWebAnnotations(readFixedNotes(), options))).toBe(readFixture('expected.jsonld'));
  });

  it('writes one collection whose first page holds every annotation', () => {
    const collection = toWebAnnotations(readFixedNotes(), { now: FIXTURE_NOW });
    expect(collection['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { crux: 'urn:x-crux:annotation#' }]);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(7);
    expect(collection.first.items).toHaveLength(7);
  });

  it('writes a highlight as a quote and position on its page, its note and tags as bodies', () => {
    const highlight = makeHighlight({
      id: '00000000-0000-4000-8000-000000000001',
      note: 'Why?',
      tags: ['ocean'],
      colour: 'question',
      created: 0,
      modified: 1000,
    });
    const [annotation] = toWebAnnotations(makeExportData([highlight], [], { [highlight.pageKey]: 'Tide pools' }), {
      now: 0,
    }).first.items;
    expect(annotation).toEqual({
      '@context': CRUX_CONTEXT,
      id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
      type: 'Annotation',
      motivation: 'commenting',
      created: '1970-01-01T00:00:00.000Z',
      modified: '1970-01-01T00:00:01.000Z',
      body: [
        { type: 'TextualBody', value: 'Why?', purpose: 'commenting', format: 'text/plain' },
        { type: 'TextualBody', value: 'ocean', purpose: 'tagging' },
      ],
      target: { source: highlight.url, selector: highlight.selectors },
      'crux:colour': 'question',
      'crux:pageKey': 'https://example.com/articles/tide-pools',
      'crux:pageTitle': 'Tide pools',
      'crux:site': 'example.com',
    });
  });

  it('writes a highlight without a note as "highlighting" with no body, and a page note as a target with no selector', () => {
    const items = toWebAnnotations(makeExportData([makeHighlight()], [makePageNote({ text: 'About it.' })]), { now: 0 })
      .first.items;
    expect(items[0]).toMatchObject({ motivation: 'highlighting' });
    expect(items[0]).not.toHaveProperty('body');
    expect(items[1]).toMatchObject({
      motivation: 'commenting',
      target: { source: 'https://example.com/articles/tide-pools' },
    });
    expect(items[1]!.target).not.toHaveProperty('selector');
  });

  it('marks a note in the trash with its deletion time', () => {
    const [annotation] = toWebAnnotations(makeExportData([makeHighlight({ created: 0, deletedAt: 5000 })]), { now: 0 })
      .first.items;
    expect(annotation!['crux:deleted']).toBe('1970-01-01T00:00:05.000Z');
  });
});
