// @vitest-environment happy-dom
/** The text model: what it reads, and the mapping between DOM boundary points and text offsets. */
import { describe, expect, it } from 'vitest';
import {
  buildTextIndex,
  offsetsToRange,
  pointToOffset,
  rangeToOffsets,
  textSegmentsInRange,
} from '@/lib/anchoring/text-position';
import { parsePage, rangeText } from './helpers';

const PAGE =
  '<div id="root"><p>Alpha <em>beta</em></p><script>var hidden = 1;</script><style>p{}</style>' +
  '<noscript>no script</noscript><template>tpl</template><div data-crux-ignore>Crux toolbar</div><p>gamma<!-- note --> delta</p></div>';

/**
 * The same page without `<template>`, for tests that make ranges: happy-dom 21 compares boundary points wrongly
 * across a `<template>` (`setEnd` collapses the range); browsers do not.
 */
const RANGE_PAGE = PAGE.replace('<template>tpl</template>', '');

describe('buildTextIndex', () => {
  it('reads text nodes in order and leaves out script, style, noscript, template and Crux UI', () => {
    const doc = parsePage(PAGE);
    expect(buildTextIndex(doc.getElementById('root')!).text).toBe('Alpha betagamma delta');
  });

  it('records where every text node starts and ends', () => {
    const doc = parsePage(PAGE);
    const index = buildTextIndex(doc.getElementById('root')!);
    expect(index.nodes.map((n) => n.data)).toEqual(['Alpha ', 'beta', 'gamma', ' delta']);
    expect(index.starts).toEqual([0, 6, 10, 15]);
    expect(index.ends).toEqual([6, 10, 15, 21]);
  });
});

describe('offsets and ranges', () => {
  it('maps every non-empty span of text to a range and back to the same offsets', () => {
    const doc = parsePage(RANGE_PAGE);
    const root = doc.getElementById('root')!;
    const index = buildTextIndex(root);
    for (let start = 0; start < index.text.length; start++) {
      for (let end = start + 1; end <= index.text.length; end++) {
        const range = offsetsToRange(index, start, end)!;
        expect(rangeToOffsets(index, range)).toEqual({ start, end });
        expect(rangeText(root, range)).toBe(index.text.slice(start, end));
      }
    }
  });

  it('starts a range inside the node holding its first character, not at the end of the previous one', () => {
    const doc = parsePage(RANGE_PAGE);
    const index = buildTextIndex(doc.getElementById('root')!);
    const range = offsetsToRange(index, 6, 10)!;
    expect(range.startContainer).toBe(index.nodes[1]);
    expect(range.startOffset).toBe(0);
    expect(range.endContainer).toBe(index.nodes[1]);
  });

  it('returns null for empty or out-of-bounds offsets', () => {
    const doc = parsePage(RANGE_PAGE);
    const index = buildTextIndex(doc.getElementById('root')!);
    expect(offsetsToRange(index, 3, 3)).toBeNull();
    expect(offsetsToRange(index, -1, 2)).toBeNull();
    expect(offsetsToRange(index, 0, 99)).toBeNull();
  });

  it('maps element boundary points to the text that follows them', () => {
    const doc = parsePage(RANGE_PAGE);
    const root = doc.getElementById('root')!;
    const index = buildTextIndex(root);
    const [first, second] = root.querySelectorAll('p');
    expect(pointToOffset(index, first!, 1)).toBe(6); // before <em>
    expect(pointToOffset(index, first!, 2)).toBe(10); // after <em>: the next readable text is "gamma"
    expect(pointToOffset(index, root, 1)).toBe(10); // before the <script>
    expect(pointToOffset(index, second!, 2)).toBe(15); // after the comment
    expect(pointToOffset(index, root, root.childNodes.length)).toBe(21);
    expect(pointToOffset(index, root.querySelector('script')!.firstChild!, 3)).toBe(10);
  });

  it('returns null for points outside the root', () => {
    const doc = parsePage(`${RANGE_PAGE}<p id="outside">elsewhere</p>`);
    const index = buildTextIndex(doc.getElementById('root')!);
    expect(pointToOffset(index, doc.getElementById('outside')!.firstChild!, 0)).toBeNull();
  });
});

describe('textSegmentsInRange', () => {
  it('lists the covered parts of readable text nodes only', () => {
    const doc = parsePage(RANGE_PAGE);
    const root = doc.getElementById('root')!;
    const index = buildTextIndex(root);
    const segments = textSegmentsInRange(offsetsToRange(index, 3, 18)!);
    expect(segments.map((s) => s.node.data.slice(s.start, s.end))).toEqual(['ha ', 'beta', 'gamma', ' de']);
  });
});
