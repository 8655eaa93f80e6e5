/**
 * Crux's one-walk `isReaderable` must answer exactly as Readability's `isProbablyReaderable`, which it replaces for
 * speed: checked on every invented fixture page, with Readability's default thresholds and the dense-script ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/scripts/cli/parse-html';
import { isReaderable } from '@/lib/article/readerable';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'articles');

/** Default thresholds, the dense-script ones (see extract.ts), and two stricter ones that flip more pages. */
const THRESHOLDS = [
  {},
  { minContentLength: 47, minScore: 20 / Math.sqrt(3) },
  { minContentLength: 400 },
  { minScore: 60 },
];

describe('isReaderable', () => {
  for (const slug of readdirSync(FIXTURES).sort()) {
    it(`decides like Readability on ${slug}`, () => {
      const html = readFileSync(path.join(FIXTURES, slug, 'source.html'), 'utf8');
      for (const options of THRESHOLDS) {
        const doc = parseHtml(html, 'https://campus.example/a');
        expect(isReaderable(doc, options)).toBe(isProbablyReaderable(doc, options));
      }
    });
  }

  it('ignores hidden paragraphs, paragraphs in list items and page furniture, and counts a <div> of <br> lines', () => {
    const long = 'The ferry timetable changed twice this spring, and the island school moved its first lesson. '.repeat(
      4,
    );
    const page = (body: string) => parseHtml(`<html><body>${body}</body></html>`, 'https://campus.example/a');
    const hidden = `<p style="display: none">${long}</p>`.repeat(6) + `<ul><li><p>${long}</p></li></ul>`.repeat(6);
    const furniture = `<p class="sidebar">${long}</p>`.repeat(6);
    expect(isReaderable(page(hidden + furniture))).toBe(false);
    expect(isReaderable(page(`<div>${long}<br>${long}</div>`.repeat(6)))).toBe(true);
  });
});
