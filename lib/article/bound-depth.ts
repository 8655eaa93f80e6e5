/**
 * Bounds how deep a document's tree is before Readability reads it. Readability's cleanup walks up and down the
 * tree from every element, which is quadratic on a page whose builder wrapped each block in yet another `<div>`:
 * under linkedom a page 5,000 `<div>`s deep took over 100 s, and 20,000 deep overflowed the stack (browsers cope,
 * linkedom does not). Past {@link MAX_DEPTH}, wrapper elements are replaced by their children; no text is dropped,
 * only nesting that carries no meaning. Real article pages are far shallower (the deepest page in the shared corpora
 * nests 49 elements), so they reach Readability untouched.
 */
import { INLINE_TAGS } from './blocks';

/**
 * Elements deeper than this may be unwrapped. Above the deepest real page measured (49) with room to spare, and low
 * enough that Readability's walks over ancestors stay cheap.
 */
export const MAX_DEPTH = 80;

/**
 * Past this depth every element that holds other elements is unwrapped, whatever it is (20,000 nested quotes or
 * lists would otherwise keep the tree deep). Between {@link MAX_DEPTH} and this, elements that give text its shape
 * (paragraphs, list items, tables, quotes, headings) stay.
 */
export const HARD_MAX_DEPTH = 2 * MAX_DEPTH;

/** Elements kept between {@link MAX_DEPTH} and {@link HARD_MAX_DEPTH}: they carry the article's structure. */
const STRUCTURE_TAGS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'PRE',
  'BLOCKQUOTE',
  'FIGURE',
  'FIGCAPTION',
  'PICTURE',
  'SVG',
  'MATH',
]);

/**
 * Replaces wrapper elements deeper than {@link MAX_DEPTH} under `root` by their children, in place. Loose text and
 * inline elements of an unwrapped block element are gathered into a `<p>`, so two wrapped lines do not run
 * together. Iterative: costs no stack, linear in the number of nodes.
 * @param root the tree to bound (a clone of the page, or a page the caller handed over)
 * @returns how many elements were unwrapped (0 for any ordinary page) and how many remain under `root`
 */
export function boundDepth(root: Element): { unwrapped: number; elements: number } {
  let unwrapped = 0;
  let elements = 0;
  let depth = 1;
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (depth > MAX_DEPTH && el.firstElementChild && shouldUnwrap(el, depth)) {
      const parent = el.parentNode as Element;
      const before = el.previousSibling;
      unwrap(el);
      unwrapped++;
      // Go on with the first of its former children, now at this depth.
      const next = firstElementFrom(before ? before.nextSibling : parent.firstChild);
      if (next) {
        el = next;
        continue;
      }
      ({ el, depth } = climb(parent, root, depth - 1));
      continue;
    }
    elements++;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      depth++;
      continue;
    }
    ({ el, depth } = climb(el, root, depth));
  }
  return { unwrapped, elements };
}

/** The next element after `el`'s subtree in document order, within `root` (null at the end), and its depth. */
function climb(el: Element, root: Element, depth: number): { el: Element | null; depth: number } {
  let node: Element | null = el;
  let d = depth;
  while (node && node !== root && !node.nextElementSibling) {
    node = node.parentElement;
    d--;
  }
  return { el: node && node !== root ? node.nextElementSibling : null, depth: d };
}

/** The first element among `node` and its following siblings; null when none. */
function firstElementFrom(node: Node | null): Element | null {
  let n = node;
  while (n && n.nodeType !== 1) n = n.nextSibling;
  return n as Element | null;
}

function shouldUnwrap(el: Element, depth: number): boolean {
  return depth > HARD_MAX_DEPTH || !STRUCTURE_TAGS.has(el.tagName.toUpperCase());
}

/** Moves an element's children to its place and removes it; a block element's loose text goes into a `<p>`. */
function unwrap(el: Element): void {
  const parent = el.parentNode!;
  const inline = INLINE_TAGS.has(el.tagName.toUpperCase());
  let run: Element | null = null;
  for (let child = el.firstChild; child; child = el.firstChild) {
    const flows =
      child.nodeType === 3 || (child.nodeType === 1 && INLINE_TAGS.has((child as Element).tagName.toUpperCase()));
    if (inline || !flows) {
      run = null;
      parent.insertBefore(child, el);
      continue;
    }
    if (!run) {
      if (child.nodeType === 3 && !(child.textContent ?? '').trim()) {
        el.removeChild(child);
        continue;
      }
      run = el.ownerDocument.createElement('p');
      parent.insertBefore(run, el);
    }
    run.appendChild(child);
  }
  el.remove();
}
