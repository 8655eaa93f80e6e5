/**
 * Crux's text model of a page: the concatenated data of the root's text nodes, in document order, minus text that
 * is never read (`<script>`, `<style>`, `<noscript>`, `<template>`, and Crux's own UI marked `data-crux-ignore`).
 * Selectors are offsets into this string and quotes are slices of it, so describing and re-anchoring must build it
 * the same way: both go through `buildTextIndex`.
 *
 * No whitespace is collapsed and no separator is added between blocks: the string is exactly what the nodes hold,
 * which keeps offset ↔ node mapping trivial. `Range.toString()` differs (it includes script text), so quotes are
 * always read from the index, never from the range.
 *
 * Build one index per batch (describing a selection, re-anchoring all of a page's highlights) and rebuild it after
 * the DOM changes; painting with the CSS Custom Highlight API changes nothing, the `<mark>` fallback splits nodes.
 */
import type { TextMatch } from './types';

/** Elements whose text is not part of what a reader sees. Compared with `localName`. */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template']);

/** Attribute that keeps an element (Crux's own in-page UI) out of the text model. */
export const IGNORE_ATTRIBUTE = 'data-crux-ignore';

/** A page's text with the position of every text node in it. */
export interface TextIndex {
  /** The node whose text this is (usually `document.body`). */
  root: Node;
  /** The concatenated text. */
  text: string;
  /** The text nodes in document order. */
  nodes: Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`. */
  starts: number[];
  /** `ends[i]` is the offset just past `nodes[i]` in `text`. */
  ends: number[];
  /** Index into `nodes` of each text node. */
  positions: Map<Text, number>;
}

/** Whether an element's text is left out of the text model. */
function isSkipped(element: Element): boolean {
  return SKIPPED_ELEMENTS.has(element.localName) || element.hasAttribute(IGNORE_ATTRIBUTE);
}

/** The next node in document order within `root`, without entering `node`'s children. */
function nextOutside(node: Node, root: Node): Node | null {
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

/** The next node in document order within `root`, entering `node`'s children unless it is a skipped element. */
function nextInside(node: Node, root: Node): Node | null {
  const enter = !(node.nodeType === 1 && isSkipped(node as Element));
  if (enter && node.firstChild) return node.firstChild;
  return nextOutside(node, root);
}

/**
 * Reads the text model of `root`. Linear in the size of the subtree; an iterative walk, so deep pages cannot
 * overflow the stack.
 */
export function buildTextIndex(root: Node): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const parts: string[] = [];
  const positions = new Map<Text, number>();
  let offset = 0;
  let node: Node | null = root.nodeType === 1 && isSkipped(root as Element) ? null : root.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const text = node as Text;
      positions.set(text, nodes.length);
      nodes.push(text);
      starts.push(offset);
      parts.push(text.data);
      offset += text.data.length;
      ends.push(offset);
    }
    node = nextInside(node, root);
  }
  return { root, text: parts.join(''), nodes, starts, ends, positions };
}

/** The text offset of the first indexed text node at or after `node` in document order (end of text if none). */
function offsetFrom(index: TextIndex, node: Node | null): number {
  let current = node;
  while (current) {
    const i = current.nodeType === 3 ? index.positions.get(current as Text) : undefined;
    if (i !== undefined) return index.starts[i]!;
    current = nextInside(current, index.root);
  }
  return index.text.length;
}

/**
 * The text offset of a DOM boundary point (`container`, `offset`) as in `Range.setStart`.
 * @returns null when the point is outside the index's root
 */
export function pointToOffset(index: TextIndex, container: Node, offset: number): number | null {
  if (container !== index.root && !index.root.contains(container)) return null;
  if (container.nodeType === 3) {
    const i = index.positions.get(container as Text);
    if (i !== undefined) return Math.min(index.starts[i]! + offset, index.ends[i]!);
    // Text we do not read (inside a script, say): the point counts as just after it.
    return offsetFrom(index, nextOutside(container, index.root));
  }
  if (container.nodeType !== 1 && container.nodeType !== 9 && container.nodeType !== 11) {
    // Comments and processing instructions: their offsets count characters, not children.
    return offsetFrom(index, nextOutside(container, index.root));
  }
  const child = container.childNodes[offset];
  if (child) return offsetFrom(index, child);
  return container === index.root ? index.text.length : offsetFrom(index, nextOutside(container, index.root));
}

/**
 * The text offsets a DOM range covers.
 * @returns null when the range lies outside the index's root
 */
export function rangeToOffsets(index: TextIndex, range: Range): TextMatch | null {
  const start = pointToOffset(index, range.startContainer, range.startOffset);
  const end = pointToOffset(index, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return { start, end: Math.max(start, end) };
}

/** The last `i` with `values[i] < bound` (or `<=` when `inclusive`), or -1; `values` ascending. */
function lastBelow(values: readonly number[], bound: number, inclusive: boolean): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = values[mid]!;
    if (value < bound || (inclusive && value === bound)) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/**
 * A DOM range over text offsets `[start, end)`. The range starts inside the text node that holds the first
 * character and ends inside the one that holds the last, so it never begins at the end of a previous node.
 * @returns null when the offsets are empty or out of bounds
 */
export function offsetsToRange(index: TextIndex, start: number, end: number): Range | null {
  if (!(start >= 0 && start < end && end <= index.text.length)) return null;
  let first = lastBelow(index.starts, start, true);
  while (first < index.nodes.length && start >= index.ends[first]!) first++;
  const last = lastBelow(index.starts, end, false);
  const startNode = index.nodes[first];
  const endNode = index.nodes[last];
  if (!startNode || !endNode) return null;
  const doc = index.root.nodeType === 9 ? (index.root as Document) : index.root.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  range.setStart(startNode, start - index.starts[first]!);
  range.setEnd(endNode, end - index.starts[last]!);
  return range;
}

/** A part of a text node that a range covers. */
export interface TextSegment {
  /** The text node. */
  node: Text;
  /** Offset of the first covered character in the node. */
  start: number;
  /** Offset just past the last covered character. */
  end: number;
}

/**
 * The non-empty parts of readable text nodes that a range covers, in document order (text in skipped elements
 * is left out). Walks only from the range's start to its end, not the whole page.
 */
export function textSegmentsInRange(range: Range): TextSegment[] {
  const root = range.commonAncestorContainer;
  const segments: TextSegment[] = [];
  const { startContainer, startOffset, endContainer, endOffset } = range;
  let node: Node | null =
    startContainer.nodeType === 3
      ? startContainer
      : (startContainer.childNodes[startOffset] ?? nextOutside(startContainer, root));
  while (node) {
    if (node.nodeType === 3) {
      if (range.comparePoint(node, 0) > 0) break;
      const text = node as Text;
      const start = text === startContainer ? startOffset : 0;
      const end = text === endContainer ? endOffset : text.length;
      if (end > start) segments.push({ node: text, start, end });
      if (text === endContainer) break;
    } else if (node !== root && range.comparePoint(node, 0) > 0) {
      break;
    }
    node = nextInside(node, root);
  }
  return segments;
}
