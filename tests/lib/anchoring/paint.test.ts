// @vitest-environment happy-dom
/**
 * Painting: the CSS Custom Highlight API path (happy-dom lacks `CSS.highlights`, so a small fake registry stands
 * in) and the `<mark>` fallback, whose unpaint must restore the DOM exactly.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPainter, highlightCss, type HighlightApi, type PaintColour } from '@/lib/anchoring/paint';
import { buildTextIndex, offsetsToRange } from '@/lib/anchoring/text-position';
import { parsePage } from './helpers';

const PALETTE: PaintColour[] = [
  { name: 'key', light: 'rgb(255 230 120 / 0.6)', dark: 'rgb(160 120 0 / 0.55)' },
  { name: 'question', light: 'rgb(150 200 255 / 0.6)', dark: 'rgb(40 90 160 / 0.6)' },
];

const PAGE =
  '<article><p>One <em>two</em> three <a href="#">four five</a> six.</p><ul>\n<li>seven</li>\n<li>eight nine</li>\n</ul></article>';

/** A stand-in for `CSS.highlights` and `Highlight`: a map of sets of ranges. */
function makeFakeApi(): HighlightApi & { names(): string[] } {
  const registry = new Map<string, Highlight>();
  return {
    registry,
    create: (...ranges) =>
      Object.assign(new Set<AbstractRange>(ranges), {
        priority: 0,
        type: 'highlight' as HighlightType,
      }) as unknown as Highlight,
    names: () => [...registry.keys()].sort(),
  };
}

/** A range over text offsets of the page's article. */
function rangeAt(doc: Document, start: number, end: number): Range {
  return offsetsToRange(buildTextIndex(doc.querySelector('article')!), start, end)!;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('painting with the CSS Custom Highlight API', () => {
  it('registers one highlight per colour holding its ranges, and leaves the DOM alone', () => {
    const doc = parsePage(PAGE);
    const before = doc.body.innerHTML;
    const api = makeFakeApi();
    const painter = createPainter(doc, PALETTE, api);
    painter.paint('h1', 'key', rangeAt(doc, 0, 7));
    painter.paint('h2', 'key', rangeAt(doc, 14, 23));
    painter.paint('h3', 'question', rangeAt(doc, 8, 13));
    expect(painter.mode).toBe('highlight-api');
    expect(api.names()).toEqual(['crux-key', 'crux-question']);
    expect(api.registry.get('crux-key')?.size).toBe(2);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('drops a colour from the registry when its last range is unpainted', () => {
    const doc = parsePage(PAGE);
    const api = makeFakeApi();
    const painter = createPainter(doc, PALETTE, api);
    painter.paint('h1', 'key', rangeAt(doc, 0, 7));
    painter.paint('h1', 'question', rangeAt(doc, 0, 7));
    expect(api.names()).toEqual(['crux-question']);
    painter.unpaint('h1');
    expect(api.names()).toEqual([]);
  });

  it('flashes a range briefly, then removes the flash', () => {
    vi.useFakeTimers();
    const doc = parsePage(PAGE);
    const api = makeFakeApi();
    const painter = createPainter(doc, PALETTE, api);
    painter.flash(rangeAt(doc, 0, 3), { duration: 500 });
    expect(api.names()).toEqual(['crux-flash']);
    vi.advanceTimersByTime(500);
    expect(api.names()).toEqual([]);
  });

  it('ends a flash early when its signal aborts', () => {
    const doc = parsePage(PAGE);
    const api = makeFakeApi();
    const controller = new AbortController();
    createPainter(doc, PALETTE, api).flash(rangeAt(doc, 0, 3), { signal: controller.signal });
    controller.abort();
    expect(api.names()).toEqual([]);
  });
});

describe('painting with <mark> where the API is missing', () => {
  it('wraps the covered text in marks carrying the id and colour', () => {
    const doc = parsePage(PAGE);
    const painter = createPainter(doc, PALETTE, null);
    painter.paint('h1', 'key', rangeAt(doc, 4, 18));
    expect(painter.mode).toBe('mark');
    expect(doc.querySelector('article')!.innerHTML).toBe(
      '<p>One <em><mark class="crux-highlight" data-crux="h1" data-crux-colour="key">two</mark></em>' +
        '<mark class="crux-highlight" data-crux="h1" data-crux-colour="key"> three </mark>' +
        '<a href="#"><mark class="crux-highlight" data-crux="h1" data-crux-colour="key">four</mark> five</a> six.</p>' +
        '<ul>\n<li>seven</li>\n<li>eight nine</li>\n</ul>',
    );
  });

  it('does not wrap whitespace between list items', () => {
    const doc = parsePage(PAGE);
    const painter = createPainter(doc, PALETTE, null);
    const text = buildTextIndex(doc.querySelector('article')!).text;
    painter.paint('h1', 'key', rangeAt(doc, text.indexOf('seven'), text.indexOf('nine')));
    expect(doc.querySelector('ul')!.innerHTML).toBe(
      '\n<li><mark class="crux-highlight" data-crux="h1" data-crux-colour="key">seven</mark></li>\n' +
        '<li><mark class="crux-highlight" data-crux="h1" data-crux-colour="key">eight </mark>nine</li>\n',
    );
  });

  it('keeps the text model unchanged, so offsets stay valid', () => {
    const doc = parsePage(PAGE);
    const before = buildTextIndex(doc.body).text;
    createPainter(doc, PALETTE, null).paint('h1', 'key', rangeAt(doc, 2, 20));
    expect(buildTextIndex(doc.body).text).toBe(before);
  });

  it('restores the DOM exactly on unpaint, text nodes included', () => {
    const doc = parsePage(PAGE);
    const article = doc.querySelector('article')!;
    const html = article.innerHTML;
    const nodes = buildTextIndex(article).nodes.map((n) => n.data);
    const painter = createPainter(doc, PALETTE, null);
    painter.paint('h1', 'key', rangeAt(doc, 4, 22));
    painter.unpaint('h1');
    expect(article.innerHTML).toBe(html);
    expect(buildTextIndex(article).nodes.map((n) => n.data)).toEqual(nodes);
  });

  it('restores the DOM exactly after overlapping highlights are all unpainted', () => {
    const doc = parsePage(PAGE);
    const article = doc.querySelector('article')!;
    const html = article.innerHTML;
    const nodes = buildTextIndex(article).nodes.map((n) => n.data);
    const painter = createPainter(doc, PALETTE, null);
    painter.paint('h1', 'key', rangeAt(doc, 4, 22));
    painter.paint('h2', 'question', rangeAt(doc, 10, 30));
    painter.unpaintAll();
    expect(article.innerHTML).toBe(html);
    expect(buildTextIndex(article).nodes.map((n) => n.data)).toEqual(nodes);
  });

  it('removes its stylesheet on destroy', () => {
    const doc = parsePage(PAGE);
    const sheets = (): number =>
      doc.adoptedStyleSheets.length + doc.querySelectorAll('style[data-crux-highlight-style]').length;
    const before = sheets();
    const painter = createPainter(doc, PALETTE, null);
    expect(sheets()).toBe(before + 1);
    painter.destroy();
    expect(sheets()).toBe(before);
  });
});

describe('highlightCss', () => {
  it('styles each colour with ::highlight() and a dark variant', () => {
    const css = highlightCss(PALETTE, 'highlight-api');
    expect(css).toContain('::highlight(crux-key) { background-color: rgb(255 230 120 / 0.6); color: inherit; }');
    const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    expect(dark).toContain('::highlight(crux-question) { background-color: rgb(40 90 160 / 0.6); color: inherit; }');
  });
});
