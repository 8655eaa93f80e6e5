/**
 * Painting highlights on the page. The CSS Custom Highlight API paints ranges without touching the page's DOM,
 * so the page's scripts, layout and Crux's text offsets are undisturbed; it is used wherever `CSS.highlights`
 * exists. Elsewhere highlights are wrapped in `<mark>` elements, and unpainting undoes exactly the splits and
 * wrappers that painting made.
 *
 * One `Highlight` per colour is registered as `crux-<colour>`; a `::highlight(crux-<colour>)` rule per colour
 * gives it its look, with a darker variant under `prefers-color-scheme: dark`.
 */
import { textSegmentsInRange } from './text-position';

/** A colour highlights can be painted in. */
export interface PaintColour {
  /** Name used in the highlight's registry key and CSS (`crux-<name>`); letters, digits and `-` only. */
  name: string;
  /** Background on light pages. */
  light: string;
  /** Background under `prefers-color-scheme: dark`. */
  dark: string;
}

/** The parts of the CSS Custom Highlight API Crux uses (a subset, so tests can supply a fake). */
export interface HighlightApi {
  /** `CSS.highlights`. */
  registry: Pick<HighlightRegistry, 'get' | 'set' | 'delete'>;
  /** `new Highlight(...ranges)`. */
  create(...ranges: Range[]): Highlight;
}

/** How a painter paints. */
export type PaintMode = 'highlight-api' | 'mark';

/** Paints and unpaints a page's highlights. */
export interface Painter {
  /** The mechanism in use. */
  readonly mode: PaintMode;
  /** Paints `range` as highlight `id` in `colour` (a palette name); painting an id again repaints it. */
  paint(id: string, colour: string, range: Range): void;
  /** Removes highlight `id`'s paint; does nothing for an id that is not painted. */
  unpaint(id: string): void;
  /** Removes all paint, newest first, which restores a `<mark>`-painted DOM exactly. */
  unpaintAll(): void;
  /**
   * Scrolls `range` into view and flashes it briefly.
   * @returns a function that ends the flash early
   */
  flash(range: Range, options?: FlashOptions): () => void;
  /** Removes all paint and the stylesheet. */
  destroy(): void;
}

/** Options for `Painter.flash`. */
export interface FlashOptions {
  /** How long the flash lasts, in milliseconds. */
  duration?: number;
  /** Ends the flash early when aborted (e.g. when the content script is invalidated). */
  signal?: AbortSignal;
}

/** Prefix of registry keys, CSS names and mark classes, so Crux's paint never collides with the page's. */
const PREFIX = 'crux-';
/** Name of the flash highlight. */
const FLASH = `${PREFIX}flash`;
/** Long enough to catch the eye after a scroll, short enough not to linger. */
const FLASH_DURATION_MS = 1200;
/** The flash's look: an outline-like strong tint that reads on light and dark pages. */
const FLASH_COLOUR = 'rgba(255, 140, 0, 0.55)';
/** Attribute that marks Crux's stylesheet element (fallback when constructable stylesheets are missing). */
const STYLE_ATTRIBUTE = 'data-crux-highlight-style';

/**
 * The page's CSS Custom Highlight API.
 * @returns null where it is missing (then painting falls back to `<mark>`)
 */
export function detectHighlightApi(doc: Document): HighlightApi | null {
  const view = doc.defaultView as
    | (Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: typeof Highlight })
    | null;
  const registry = view?.CSS?.highlights;
  const HighlightClass = view?.Highlight;
  if (!registry || !HighlightClass) return null;
  return { registry, create: (...ranges) => new HighlightClass(...ranges) };
}

/** The stylesheet for a palette, for one paint mode. */
export function highlightCss(palette: readonly PaintColour[], mode: PaintMode): string {
  const selector = (name: string): string =>
    mode === 'highlight-api' ? `::highlight(${PREFIX}${name})` : `mark.${PREFIX}highlight[data-crux-colour="${name}"]`;
  const light = palette.map((c) => `${selector(c.name)} { background-color: ${c.light}; color: inherit; }`);
  const dark = palette.map((c) => `${selector(c.name)} { background-color: ${c.dark}; color: inherit; }`);
  const flash = mode === 'highlight-api' ? `::highlight(${FLASH})` : `mark.${FLASH}`;
  const base = mode === 'mark' ? [`mark.${PREFIX}highlight, mark.${FLASH} { padding: 0; border-radius: 0; }`] : [];
  return [
    ...base,
    ...light,
    `@media (prefers-color-scheme: dark) {\n  ${dark.join('\n  ')}\n}`,
    `${flash} { background-color: ${FLASH_COLOUR}; }`,
  ].join('\n');
}

/**
 * Adds a stylesheet to the document: a constructable stylesheet where supported (page CSPs that forbid inline
 * styles do not apply to it), a `<style>` element otherwise.
 * @returns a function that removes it
 */
function installStylesheet(doc: Document, css: string): () => void {
  const view = doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  const Sheet = view?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in doc && typeof Sheet.prototype.replaceSync === 'function') {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    } catch {
      // Fall through to a <style> element.
    }
  }
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTRIBUTE, '');
  style.setAttribute('data-crux-ignore', '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  return () => style.remove();
}

/**
 * Creates a painter for a document.
 * @param palette the colours highlights can have (see `lib/db/colours.ts`)
 * @param api the Custom Highlight API; pass null to force the `<mark>` fallback (tests do)
 */
export function createPainter(
  doc: Document,
  palette: readonly PaintColour[],
  api: HighlightApi | null = detectHighlightApi(doc),
): Painter {
  const mode: PaintMode = api ? 'highlight-api' : 'mark';
  const removeStylesheet = installStylesheet(doc, highlightCss(palette, mode));
  const backend = api ? highlightApiBackend(api) : markBackend(doc);
  let flashing: (() => void) | null = null;

  function flash(range: Range, options: FlashOptions = {}): () => void {
    flashing?.();
    scrollToRange(doc, range);
    backend.paint(FLASH, FLASH, range);
    const view = doc.defaultView;
    const timer = view?.setTimeout(() => end(), options.duration ?? FLASH_DURATION_MS);
    const end = (): void => {
      if (flashing !== end) return;
      flashing = null;
      if (timer !== undefined) view?.clearTimeout(timer);
      options.signal?.removeEventListener('abort', end);
      backend.unpaint(FLASH);
    };
    options.signal?.addEventListener('abort', end);
    flashing = end;
    return end;
  }

  return {
    mode,
    paint: (id, colour, range) => backend.paint(id, colour, range),
    unpaint: (id) => backend.unpaint(id),
    unpaintAll: () => {
      flashing?.();
      backend.unpaintAll();
    },
    flash,
    destroy: () => {
      flashing?.();
      backend.unpaintAll();
      removeStylesheet();
    },
  };
}

/** What a paint mechanism does. */
interface PaintBackend {
  paint(id: string, colour: string, range: Range): void;
  unpaint(id: string): void;
  unpaintAll(): void;
}

/** Paints through `CSS.highlights`: one `Highlight` per colour, holding that colour's ranges. */
function highlightApiBackend(api: HighlightApi): PaintBackend {
  const painted = new Map<string, { name: string; range: Range }>();
  const unpaint = (id: string): void => {
    const entry = painted.get(id);
    if (!entry) return;
    painted.delete(id);
    const highlight = api.registry.get(entry.name);
    if (!highlight) return;
    highlight.delete(entry.range);
    if (highlight.size === 0) api.registry.delete(entry.name);
  };
  return {
    paint(id, colour, range) {
      unpaint(id);
      const name = colour.startsWith(PREFIX) ? colour : `${PREFIX}${colour}`;
      let highlight = api.registry.get(name);
      if (!highlight) {
        highlight = api.create();
        // The flash draws over the colour it flashes.
        if (name === FLASH) highlight.priority = 1;
        api.registry.set(name, highlight);
      }
      highlight.add(range);
      painted.set(id, { name, range });
    },
    unpaint,
    unpaintAll() {
      for (const id of [...painted.keys()].reverse()) unpaint(id);
    },
  };
}

/** What painting one highlight with `<mark>` did, so it can be undone. */
interface MarkPaint {
  /** The wrappers, in document order. */
  marks: HTMLElement[];
  /** Text nodes split by painting: `tail` was split off the end of `node`. In the order they were made. */
  splits: { node: Text; tail: Text }[];
}

/** Paints by wrapping the range's text in `<mark class="crux-highlight">` elements. */
function markBackend(doc: Document): PaintBackend {
  const painted = new Map<string, MarkPaint>();
  const unpaint = (id: string): void => {
    const entry = painted.get(id);
    if (!entry) return;
    painted.delete(id);
    for (const mark of [...entry.marks].reverse()) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    for (const { node, tail } of [...entry.splits].reverse()) {
      // Merge back only what is still as painting left it (another highlight may have split it further).
      if (node.nextSibling !== tail) continue;
      node.appendData(tail.data);
      tail.remove();
    }
  };
  return {
    paint(id, colour, range) {
      unpaint(id);
      const entry: MarkPaint = { marks: [], splits: [] };
      // Whitespace-only nodes (between blocks, table rows, list items) are invisible; wrapping them could break
      // the page's structure.
      const segments = textSegmentsInRange(range).filter((s) => /\S/.test(s.node.data.slice(s.start, s.end)));
      for (const { node, start, end } of segments) {
        if (end < node.length) entry.splits.push({ node, tail: node.splitText(end) });
        let target = node;
        if (start > 0) {
          target = node.splitText(start);
          entry.splits.push({ node, tail: target });
        }
        const mark = doc.createElement('mark');
        mark.className = colour === FLASH ? FLASH : `${PREFIX}highlight`;
        if (colour !== FLASH) mark.dataset.crux = id;
        if (colour !== FLASH) mark.dataset.cruxColour = colour;
        target.parentNode?.insertBefore(mark, target);
        mark.appendChild(target);
        entry.marks.push(mark);
      }
      painted.set(id, entry);
    },
    unpaint,
    unpaintAll() {
      for (const id of [...painted.keys()].reverse()) unpaint(id);
    },
  };
}

/** Scrolls the start of a range to the middle of the viewport (instantly when the reader prefers less motion). */
function scrollToRange(doc: Document, range: Range): void {
  const start = range.startContainer;
  const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
  const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  element?.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
}
