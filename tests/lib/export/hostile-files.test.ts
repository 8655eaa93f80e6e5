/**
 * Files read as if written by an attacker, and Hypothesis's own export: each bad input ends in one plain sentence
 * with nothing written, or is read safely. Every row of the README's reliability table names a test here (or in
 * `import.test.ts`, `merge-property.test.ts`).
 */
import { describe, expect, it } from 'vitest';
import { importAnnotations } from '@/lib/db/import';
import { toMarkdown } from '@/lib/export/markdown';
import { collectForExport } from '@/lib/db/export-query';
import {
  MAX_JSON_DEPTH,
  parseAnnotationFile,
  parseAnnotations,
  type ImportError,
} from '@/lib/export/parse-annotations';
import { toWebAnnotations } from '@/lib/export/web-annotation';
import { importErrorSentence } from '@/lib/strings';
import { makeDb } from '@/tests/lib/db/helpers';
import { makeExportData, readFixture, snapshot } from './make-notes';
import { makeHighlight } from '@/tests/factories';

/** One annotation on a page, with any field replaced. */
function annotation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'Annotation',
    id: 'urn:uuid:0b6f8a52-3f7e-4c41-9d6a-6f1f0e9a2c01',
    created: '2024-05-01T09:00:00Z',
    target: {
      source: 'https://example.com/tide-pools',
      selector: { type: 'TextQuoteSelector', exact: 'Tide pools hold their water' },
    },
    ...overrides,
  };
}

/** The sentence the reader sees for a refused value. */
function refusal(value: unknown): string {
  const result = parseAnnotations(value);
  if (result.ok) throw new Error('expected the file to be refused');
  return importErrorSentence(result.error);
}

/** The error of a refused value. */
function errorOf(value: unknown): ImportError {
  const result = parseAnnotations(value);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('page addresses', () => {
  it.each([
    ['data:text/html,<input type=password>', 'data'],
    ['javascript:alert(1)', 'javascript'],
    ['chrome://settings/passwords', 'chrome'],
    ['about:config', 'about'],
    ['blob:https://example.com/0b6f8a52', 'blob'],
  ])('refuses a note on %s, naming the scheme', (source, scheme) => {
    const value = annotation({ target: { source, selector: { type: 'TextQuoteSelector', exact: 'x' } } });
    expect(errorOf(value)).toEqual({
      code: 'invalid-item',
      item: 1,
      problem: 'unsafe-scheme',
      field: 'source',
      scheme,
    });
    expect(refusal(value)).toBe(
      `Nothing was imported, because item 1 has a page address that is not a web page or a file (a “${scheme}:” address); Crux keeps notes on http, https and file pages only.`,
    );
  });

  it('refuses a crux:pageKey that is not a web or file address, whatever the source says', () => {
    const value = annotation({ 'crux:pageKey': 'data:text/html,hello' });
    expect(errorOf(value)).toMatchObject({ problem: 'unsafe-scheme', field: 'crux:pageKey', scheme: 'data' });
  });

  it('keeps a note on a local file, with its file address as its page', () => {
    const value = annotation({
      target: { source: 'file:///home/reader/paper.html', selector: { type: 'TextQuoteSelector', exact: 'x' } },
    });
    const result = parseAnnotations(value);
    expect(result.ok && result.value.highlights[0]!.pageKey).toBe('file:///home/reader/paper.html');
  });
});

describe('colours', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'reads the colour %s as the default colour, so export and painting keep working',
    async (colour) => {
      const result = parseAnnotations(annotation({ 'crux:colour': colour }));
      if (!result.ok) throw new Error(importErrorSentence(result.error));
      expect(result.value.highlights[0]!.colour).toBe('key');
      const db = makeDb();
      expect((await importAnnotations(db, result.value)).ok).toBe(true);
      const all = await collectForExport(db);
      if (!all.ok) throw new Error('export failed');
      expect(toMarkdown(all.value, { now: 0 })).toContain('**Key point**');
    },
  );

  it('still maps hue names to their meaning', () => {
    const result = parseAnnotations(annotation({ 'crux:colour': 'Red' }));
    expect(result.ok && result.value.highlights[0]!.colour).toBe('disagree');
  });
});

describe('dates', () => {
  const now = Date.UTC(2025, 5, 1);

  it('clamps a date in 9999 to one day after now', () => {
    const result = parseAnnotations(annotation({ modified: '9999-12-31T00:00:00Z' }), { now });
    expect(result.ok && result.value.highlights[0]!.modified).toBe(now + 24 * 60 * 60 * 1000);
  });

  it('clamps a date before 1990 to 1990, and dates a note without any to 1990', () => {
    const early = parseAnnotations(annotation({ created: '1901-01-01T00:00:00Z' }), { now });
    expect(early.ok && early.value.highlights[0]!.created).toBe(Date.UTC(1990, 0, 1));
    const { created: _none, ...undated } = annotation();
    const alone = parseAnnotations(undated, { now });
    expect(alone.ok && alone.value.highlights[0]!.modified).toBe(Date.UTC(1990, 0, 1));
  });

  it('keeps a date a little ahead (a device whose clock runs an hour fast)', () => {
    const result = parseAnnotations(annotation({ modified: new Date(now + 60 * 60 * 1000).toISOString() }), { now });
    expect(result.ok && result.value.highlights[0]!.modified).toBe(now + 60 * 60 * 1000);
  });
});

describe('nesting and size', () => {
  it('refuses JSON nested 100,000 levels deep inside an annotation, naming it, before parsing it', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = `{"type":"Annotation","target":"https://example.com/a","body":"x","extra":\n${deep}}`;
    const result = parseAnnotationFile(text);
    expect(result).toEqual({ ok: false, error: { code: 'too-deep', limit: MAX_JSON_DEPTH, line: 2 } });
    expect(!result.ok && importErrorSentence(result.error)).toBe(
      'This file is not a Web Annotation export: it nests lists and objects more than 64 levels deep (near line 2), which no annotation needs. Nothing was imported.',
    );
  });

  it('does not count brackets inside text as nesting', () => {
    const note = '['.repeat(1000);
    const result = parseAnnotationFile(JSON.stringify(annotation({ bodyValue: note })));
    expect(result.ok && result.value.highlights[0]!.note).toBe(note);
  });

  it('measures a value handed over already parsed without recursion', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(errorOf(annotation({ extra: deep }))).toMatchObject({ code: 'too-deep' });
  });

  it('refuses a file over the size limit before parsing it', () => {
    const result = parseAnnotationFile(' '.repeat(64 * 1024 * 1024 + 1).replace(/^ /, '['));
    expect(result.ok === false && result.error.code).toBe('too-large');
  });
});

describe('revisions in a file', () => {
  it.each([
    ['a clock that is not a list', { 'crux:clock': 'x', 'crux:revision': { device: 'a', counter: 1 } }],
    ['a negative count', { 'crux:clock': [['a', -1]], 'crux:revision': { device: 'a', counter: -1 } }],
    ['a revision its clock has not seen', { 'crux:clock': [['a', 1]], 'crux:revision': { device: 'b', counter: 1 } }],
    ['a clock without its revision', { 'crux:clock': [['a', 1]] }],
    [
      'a clock of 65 devices',
      {
        'crux:clock': Array.from({ length: 65 }, (_, i) => [`d${String(i).padStart(3, '0')}`, 1]),
        'crux:revision': { device: 'd000', counter: 1 },
      },
    ],
  ])('refuses %s with a sentence', (_name, fields) => {
    expect(errorOf(annotation(fields))).toMatchObject({ code: 'invalid-item', problem: 'bad-revision' });
    expect(refusal(annotation(fields))).toBe(
      'Nothing was imported, because item 1 has a revision (crux:clock, crux:revision) that is not one Crux wrote.',
    );
  });

  it('names a copy without revisions by its content, so the same copy twice is one revision', () => {
    const a = parseAnnotations(annotation());
    const b = parseAnnotations(annotation({ modified: '2024-06-01T00:00:00Z' }));
    const c = parseAnnotations(annotation({ bodyValue: 'another note' }));
    if (!a.ok || !b.ok || !c.ok) throw new Error('expected all three to parse');
    expect(a.value.highlights[0]!.clock).toEqual(b.value.highlights[0]!.clock);
    expect(a.value.highlights[0]!.clock).not.toEqual(c.value.highlights[0]!.clock);
    expect(a.value.highlights[0]!.clock![0]![0]).toMatch(/^~/);
  });
});

describe("Hypothesis's export file", () => {
  it('reads every annotation: highlights with their notes and tags, and a page note', () => {
    const result = parseAnnotationFile(readFixture('hypothesis-export.json'));
    if (!result.ok) throw new Error(importErrorSentence(result.error));
    const { highlights, pageNotes, pages } = result.value;
    expect(highlights.map((h) => [h.quote, h.note, h.tags])).toEqual([
      ['raise the old granite wall by 1.4 metres', 'Check the height against the flood study.', ['flood', 'harbour']],
      ['Nobody here is against flood defences,', '', []],
    ]);
    expect(highlights[0]!.selectors).toEqual([
      {
        type: 'TextQuoteSelector',
        exact: 'raise the old granite wall by 1.4 metres',
        prefix: 'ty. At stake is a proposal to ',
        suffix: ' and narrow the harbour mouth, a',
      },
      { type: 'TextPositionSelector', start: 1042, end: 1082 },
    ]);
    expect(highlights[0]!.modified).toBe(Date.parse('2026-03-15T08:05:40.110Z'));
    expect(pageNotes.map((n) => [n.text, n.tags])).toEqual([
      ['The council and the fishers read the same report two ways.', ['dispute']],
    ]);
    expect(pages.map((p) => [p.key, p.title])).toEqual([
      [
        'http://127.0.0.1:8123/article.html',
        'Harbour wall row splits Port Ellery as council and fishers trade claims | The Ellery Courier',
      ],
    ]);
  });

  it('imports it again without duplicating anything', async () => {
    const db = makeDb();
    const file = readFixture('hypothesis-export.json');
    const first = parseAnnotationFile(file);
    if (!first.ok) throw new Error(importErrorSentence(first.error));
    expect(await importAnnotations(db, first.value)).toEqual({
      ok: true,
      value: { added: 3, updated: 0, merged: 0, unchanged: 0 },
    });
    const before = await snapshot(db);
    const second = parseAnnotationFile(file);
    if (!second.ok) throw new Error(importErrorSentence(second.error));
    expect(await importAnnotations(db, second.value)).toEqual({
      ok: true,
      value: { added: 0, updated: 0, merged: 0, unchanged: 3 },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('reads an empty Hypothesis export as nothing to add', () => {
    const result = parseAnnotations({ export_date: '2026-01-01T00:00:00Z', annotations: [] });
    expect(result.ok && result.value.highlights.length + result.value.pageNotes.length).toBe(0);
  });
});

describe("Crux's export", () => {
  it('gives the collection an id, as the W3C model requires, and a new one per export', () => {
    const data = makeExportData([makeHighlight()]);
    const a = toWebAnnotations(data, { now: 0 });
    const b = toWebAnnotations(data, { now: 0 });
    expect(a.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
  });
});
