/**
 * The article body as ordered blocks: headings (with level), paragraphs, quotes, list items and preformatted
 * text, collected from Readability's cleaned content, then joined into `text` with each block's range. Text that
 * sits loose in a container (a `<div>` with text beside its child blocks, a table cell) becomes a paragraph of its
 * own, so nothing Readability kept is lost on the way to plain text.
 */
import type { Block, BlockKind } from './types';
import { collapseWhitespace, countWords } from './text';

/**
 * Marks a line break while a block's text is read (a `<br>`, or the boundary between two block elements inside one
 * block). NUL never reaches a DOM text node (the HTML parser replaces it), so it cannot be confused with the page's
 * own characters; {@link collapseLines} turns each run of marks into one newline.
 */
const BREAK = '\u0000';

/** A block before it is placed in `text`, still tied to the element it came from (the cleanup reads its hints). */
export interface SourceBlock {
  /** What the block is. */
  kind: BlockKind;
  /** Heading level 1–6 for headings. */
  level?: number;
  /** The block's text. */
  text: string;
  /** The element the block was read from (for a loose-text paragraph, its container). */
  element: Element;
  /** Share of the block's characters that are link text, 0–1 (related-story lists are mostly links). */
  linkDensity: number;
  /** Number of words in `text` (counted once: every cleanup rule asks). */
  words: number;
}

/** Elements that are one block each. */
const BLOCK_TAGS: Record<string, BlockKind> = {
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  P: 'paragraph',
  BLOCKQUOTE: 'quote',
  LI: 'listItem',
  PRE: 'preformatted',
  DT: 'paragraph',
  DD: 'paragraph',
  FIGCAPTION: 'paragraph',
  CAPTION: 'paragraph',
  TR: 'paragraph',
};

/** Phrasing elements: their text joins the run of loose text around them (and they never end a line). */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'BR',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'IMG',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);

/** Elements whose text is never body text. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'svg',
  'SVG',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
]);

/**
 * Collects the blocks under `root` in document order. A block element's whole text is one block (a quote holding
 * paragraphs is one quote); list items holding nested lists are split so each item keeps only its own text.
 * @returns the blocks; empty when the content holds no text
 */
export function collectBlocks(root: Element): SourceBlock[] {
  const out: SourceBlock[] = [];
  visitContainer(root, out);
  return out;
}

function visitContainer(container: Element, out: SourceBlock[]): void {
  let run = '';
  let runLinkChars = 0;
  const flush = (): void => {
    const text = collapseLines(run);
    if (text)
      out.push({
        kind: 'paragraph',
        text,
        element: container,
        linkDensity: density(runLinkChars, text),
        words: countWords(text),
      });
    run = '';
    runLinkChars = 0;
  };
  for (const node of Array.from(container.childNodes)) {
    if (node.nodeType === 3) {
      run += (node as Text).data;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (INLINE_TAGS.has(tag)) {
      if (tag === 'BR') {
        run += BREAK;
        continue;
      }
      const read = readText(el);
      run += read.text;
      runLinkChars += read.linkChars;
      continue;
    }
    flush();
    const kind = BLOCK_TAGS[tag];
    if (kind) addBlock(el, tag, kind, out);
    else visitContainer(el, out);
  }
  flush();
}

function addBlock(el: Element, tag: string, kind: BlockKind, out: SourceBlock[]): void {
  if (kind === 'listItem' && hasNestedList(el)) {
    // A list item with a nested list: its own text first, then the nested items.
    const own = Array.from(el.childNodes)
      .filter((n) => !(n.nodeType === 1 && /^(UL|OL)$/i.test((n as Element).tagName)))
      .map((n) => (n.nodeType === 1 ? readText(n as Element).text : n.nodeType === 3 ? (n as Text).data : ''))
      .join('');
    const text = collapseLines(own);
    if (text) out.push({ kind, text, element: el, linkDensity: 0, words: countWords(text) });
    for (const list of Array.from(el.children).filter((c) => /^(UL|OL)$/i.test(c.tagName))) visitContainer(list, out);
    return;
  }
  if (tag === 'TR') {
    const cells = Array.from(el.children).map(readText);
    const text = cells
      .map((cell) => collapseWhitespace(cell.text.replaceAll(BREAK, ' ')))
      .filter(Boolean)
      .join(' ');
    const links = cells.reduce((sum, cell) => sum + cell.linkChars, 0);
    if (text) out.push({ kind, text, element: el, linkDensity: density(links, text), words: countWords(text) });
    return;
  }
  const read = readText(el);
  const text =
    kind === 'preformatted' ? read.text.replaceAll(BREAK, '\n').replace(/^\s*\n|\s+$/g, '') : collapseLines(read.text);
  if (!text) return;
  const block: SourceBlock = {
    kind,
    text,
    element: el,
    linkDensity: density(read.linkChars, text),
    words: countWords(text),
  };
  if (kind === 'heading') block.level = Number(tag.slice(1));
  out.push(block);
}

/** An element's text and how much of it is link text. */
interface ReadText {
  /** The text, white space as in the page, with {@link BREAK} marks at line breaks. */
  text: string;
  /** Characters of link text, each link's white space collapsed (the whole text when the element is a link). */
  linkChars: number;
}

/**
 * An element's text as a reader sees its lines: like `textContent`, but a `<br>` and the boundary between two block
 * elements (two paragraphs in a quote, two `<div>`s in a list item) become a {@link BREAK} mark instead of nothing,
 * so "Tampa, FL<br>June 14" does not read "Tampa, FLJune 14". Skips script-like elements. Counts link text on the
 * way (no selector engine: linkedom's `querySelectorAll` per block was most of the cost on long pages). Iterative:
 * a deeply nested block costs no stack.
 */
function readText(el: Element): ReadText {
  let out = '';
  let linkChars = 0;
  let linkDepth = 0;
  let linkStart = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3) out += (node as Text).data;
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BR') out += BREAK;
      else if (!SKIP_TAGS.has(tag) && node.firstChild) {
        if (!INLINE_TAGS.has(tag)) out += BREAK;
        if (tag === 'A' && linkDepth++ === 0) linkStart = out.length;
        node = node.firstChild;
        continue;
      }
    }
    // The next node in document order, closing the elements climbed out of.
    while (node !== el && !node.nextSibling) {
      node = node.parentNode!;
      if (node === el) break;
      const tag = (node as Element).tagName.toUpperCase();
      if (!INLINE_TAGS.has(tag)) out += BREAK;
      if (tag === 'A' && --linkDepth === 0)
        linkChars += collapseWhitespace(out.slice(linkStart).replaceAll(BREAK, ' ')).length;
    }
    if (node === el) break;
    node = node.nextSibling;
  }
  if (el.tagName.toUpperCase() === 'A') linkChars = collapseWhitespace(out.replaceAll(BREAK, ' ')).length;
  return { text: out, linkChars };
}

/** Whether a list item holds a nested list (found by walking, not by a selector). */
function hasNestedList(el: Element): boolean {
  let node: Element | null = el.firstElementChild;
  while (node) {
    if (/^(UL|OL)$/i.test(node.tagName)) return true;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== el && !node.nextElementSibling) node = node.parentElement;
    node = node && node !== el ? node.nextElementSibling : null;
  }
  return false;
}

/**
 * White space of a block's text collapsed line by line: each run of {@link BREAK} marks becomes one newline, any
 * other run of white space one space; empty lines go.
 */
export function collapseLines(raw: string): string {
  if (!raw.includes(BREAK)) return collapseWhitespace(raw);
  return raw.split(BREAK).map(collapseWhitespace).filter(Boolean).join('\n');
}

function density(linkCharCount: number, raw: string): number {
  const length = collapseWhitespace(raw).length;
  return length ? Math.min(1, linkCharCount / length) : 0;
}

/**
 * Joins blocks into the article's plain text, separated by blank lines, and records where each block sits.
 * @returns `text` and the placed blocks (`text.slice(start, end) === block.text` for each)
 */
export function placeBlocks(blocks: readonly SourceBlock[]): { text: string; blocks: Block[] } {
  const parts: string[] = [];
  const placed: Block[] = [];
  let offset = 0;
  for (const { kind, level, text } of blocks) {
    if (parts.length) offset += 2;
    const block: Block = { kind, text, start: offset, end: offset + text.length };
    if (level !== undefined) block.level = level;
    placed.push(block);
    parts.push(text);
    offset += text.length;
  }
  return { text: parts.join('\n\n'), blocks: placed };
}
