/**
 * Helpers for anchoring tests: parse a page into a fresh document, load the fixture folders under
 * `tests/fixtures/anchoring/<slug>/` (`page.html` + `page.json`), and turn a fixture's point description into a
 * DOM boundary point.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildTextIndex } from '@/lib/anchoring/text-position';

/** Where a fixture range starts or ends. */
export interface PointSpec {
  /** CSS selector of the element. */
  selector: string;
  /** Which of the element's readable text nodes (default 0). */
  text?: number;
  /** The point is just before the first occurrence of this string in that text node. */
  at?: string;
  /** The point is just after the first occurrence of this string in that text node. */
  after?: string;
}

/** One range to describe and re-anchor, with the quote it must produce. */
export interface RangeSpec {
  /** What the case tests. */
  name: string;
  /** Start of the range. */
  start: PointSpec;
  /** End of the range. */
  end: PointSpec;
  /** The quote `describeRange` must read. */
  exact: string;
}

/** A fixture folder. */
export interface AnchoringFixture {
  /** Folder name. */
  slug: string;
  /** The page. */
  html: string;
  /** The ranges to test on it. */
  ranges: RangeSpec[];
}

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/anchoring');

/** Every fixture folder, sorted by name. */
export function loadFixtures(): AnchoringFixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((slug) => {
      const html = readFileSync(path.join(FIXTURES, slug, 'page.html'), 'utf8');
      const { ranges } = JSON.parse(readFileSync(path.join(FIXTURES, slug, 'page.json'), 'utf8')) as {
        ranges: RangeSpec[];
      };
      return { slug, html, ranges };
    });
}

/**
 * Shows a page in the test window's document, replacing what was there (fresh nodes, as when the page is shown
 * again). The window's own document because happy-dom 21 compares range boundaries wrongly in documents made by
 * `DOMParser` or `createHTMLDocument` (`setEnd` collapses the range), which real browsers do not.
 */
export function parsePage(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^\s*<!doctype[^>]*>/i, '');
  return document;
}

/** The DOM boundary point a fixture describes. Throws on a fixture mistake, naming it. */
export function resolvePoint(doc: Document, spec: PointSpec): [Text, number] {
  const element = doc.querySelector(spec.selector);
  if (!element) throw new Error(`no element for ${spec.selector}`);
  const node = buildTextIndex(element).nodes[spec.text ?? 0];
  if (!node) throw new Error(`no text node ${spec.text ?? 0} in ${spec.selector}`);
  const needle = spec.at ?? spec.after;
  if (needle === undefined) throw new Error(`point in ${spec.selector} needs "at" or "after"`);
  const found = node.data.indexOf(needle);
  if (found === -1)
    throw new Error(`"${needle}" not in text node ${spec.text ?? 0} of ${spec.selector}: ${JSON.stringify(node.data)}`);
  return [node, spec.at !== undefined ? found : found + needle.length];
}

/** The range a fixture describes. */
export function resolveRange(doc: Document, spec: RangeSpec): Range {
  const range = doc.createRange();
  range.setStart(...resolvePoint(doc, spec.start));
  range.setEnd(...resolvePoint(doc, spec.end));
  return range;
}

/** The text a range covers in Crux's text model of `root`. */
export function rangeText(root: Node, range: Range): string {
  const index = buildTextIndex(root);
  const start = index.positions.get(range.startContainer as Text);
  const end = index.positions.get(range.endContainer as Text);
  if (start === undefined || end === undefined) throw new Error('range boundaries are not readable text nodes');
  return index.text.slice(index.starts[start]! + range.startOffset, index.starts[end]! + range.endOffset);
}
