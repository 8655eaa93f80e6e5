/**
 * Fixture-driven extraction tests: one folder per case under tests/fixtures/articles/<slug>/ with `source.html` and
 * `expected.json`, one `it` per expected field so a failure names the field. The pages are invented for these
 * tests; the real corpus is measured by `npm run eval`, not here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/article/extract';
import { parseHtml } from '@/scripts/cli/parse-html';
import type { Article, Block } from '@/lib/article/types';

/** What a fixture may pin down; absent fields are not checked. */
interface Expected {
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
  dek?: string | null;
  canonicalUrl?: string | null;
  readable?: boolean;
  bodyStartsWith?: string;
  bodyMustContain?: string[];
  bodyMustNotContain?: string[];
  /** Phrases the body must hold exactly once (a teaser or pull quote repeats them). */
  bodyOnce?: string[];
  /** Phrases the body must hold exactly this many times (lines an article repeats on purpose). */
  bodyTimes?: Record<string, number>;
  /** The body's length in characters: words lost or boilerplate kept shows here first. */
  textLength?: number;
  /** The body's blocks in order; each listed key must match. */
  blocks?: Partial<Block>[];
}

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'articles');
const METADATA_FIELDS = [
  'title',
  'byline',
  'siteName',
  'lang',
  'publishedTime',
  'dek',
  'canonicalUrl',
  'readable',
] as const;

for (const slug of readdirSync(FIXTURES).sort()) {
  const dir = path.join(FIXTURES, slug);
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
  const url = `https://campus.example/articles/${slug}`;

  describe(`fixture ${slug}`, () => {
    const doc = parseHtml(readFileSync(path.join(dir, 'source.html'), 'utf8'), url);
    const result = extractArticle(doc, { url });
    const article = (): Article => {
      if (!result.ok) throw new Error(`extraction failed: ${result.error.message}`);
      return result.value;
    };

    it('extracts an article', () => {
      expect(result.ok).toBe(true);
    });

    for (const field of METADATA_FIELDS) {
      if (expected[field] === undefined) continue;
      it(`reads ${field}`, () => {
        expect(article()[field]).toEqual(expected[field]);
      });
    }

    if (expected.bodyStartsWith !== undefined) {
      it('starts the body where the article starts', () => {
        expect(article().text.slice(0, 120)).toMatch(new RegExp(`^${escapeRegExp(expected.bodyStartsWith!)}`));
      });
    }

    for (const phrase of expected.bodyMustContain ?? []) {
      it(`keeps "${phrase}"`, () => {
        expect(article().text).toContain(phrase);
      });
    }

    for (const phrase of expected.bodyMustNotContain ?? []) {
      it(`drops "${phrase}"`, () => {
        expect(article().text).not.toContain(phrase);
      });
    }

    for (const phrase of expected.bodyOnce ?? []) {
      it(`keeps "${phrase}" exactly once`, () => {
        expect(article().text.split(phrase).length - 1).toBe(1);
      });
    }

    for (const [phrase, times] of Object.entries(expected.bodyTimes ?? {})) {
      it(`keeps "${phrase}" ${times} times`, () => {
        expect(article().text.split(phrase).length - 1).toBe(times);
      });
    }

    if (expected.textLength !== undefined) {
      it(`keeps ${expected.textLength} characters of body text`, () => {
        expect(article().text.length).toBe(expected.textLength);
      });
    }

    if (expected.blocks) {
      it('yields the expected blocks in order', () => {
        const got = article().blocks.map((block, i) => pick(block, expected.blocks![i] ?? {}));
        expect(got).toEqual(expected.blocks);
      });
    }

    it('places every block at its range in the text', () => {
      for (const block of article().blocks) expect(article().text.slice(block.start, block.end)).toBe(block.text);
    });
  });
}

function pick(block: Block, keys: Partial<Block>): Partial<Block> {
  const out: Partial<Block> = {};
  for (const key of Object.keys(keys) as (keyof Block)[]) (out as Record<string, unknown>)[key] = block[key];
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
