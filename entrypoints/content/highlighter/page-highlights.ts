/**
 * The highlights painted on this page: loads them from the background, anchors them in one batch, paints them, and
 * keeps each one's range so it can be repainted, removed or scrolled to. Knows nothing of the UI.
 */
import { anchorHighlights, anchorQuote, anchorSelectors } from '@/lib/anchoring/anchor';
import { findQuoteSelector } from '@/lib/anchoring/describe';
import type { Painter } from '@/lib/anchoring/paint';
import type { Selector, TextQuoteSelector } from '@/lib/anchoring/types';
import type { AnchorOutcome } from '@/lib/db/anchor-status';
import type { StoreAction, StoreError } from '@/lib/db/errors';
import type { PageInput } from '@/lib/db/pages';
import type { Highlight, PageNotes } from '@/lib/db/types';
import type { ShownHighlights } from '@/lib/messaging/protocol';
import { err, ok, type Result } from '@/lib/result';

/**
 * The store, as the content script reaches it (through the background): methods named as the messages they send.
 * It can read its own page's notes and report where they were found; saving is the note editor's (its own frame).
 */
export interface HighlightStore {
  /** Everything stored for a page. */
  loadPageNotes(page: PageInput): Promise<Result<PageNotes, StoreError>>;
  /** Tells the store which highlights were found and which were not (for the library's "not found" mark). */
  highlightsAnchored?(outcome: AnchorOutcome): Promise<unknown>;
}

/** This page's painted highlights. */
export interface PageHighlights {
  /**
   * Loads the page's highlights, anchors and paints them (replacing earlier paint). Concurrent calls share one load.
   * @returns the notes with placed highlights first in page order, then those not found; or the store's failure
   */
  show(): Promise<Result<ShownHighlights, StoreError>>;
  /** Paints a highlight the reader has just saved (through the note editor's frame) over the range they chose. */
  add(highlight: Highlight, range: Range): void;
  /** Repaints a changed highlight (new colour, or restored after a delete). @returns whether it is on the page */
  change(highlight: Highlight): boolean;
  /** Removes a highlight's paint. */
  remove(id: string): void;
  /**
   * Scrolls to a quote and flashes it: where a painted highlight with this very quote is painted, else wherever
   * `anchorQuote` finds it (white space collapsed, as a sentence of the article has it).
   * @returns false when it is not on the page
   */
  revealQuote(quote: TextQuoteSelector, signal?: AbortSignal): boolean;
}

/** How long a revealed quote stays flashed: long enough to find it after the scroll. */
const REVEAL_FLASH_MS = 1500;

/** Whether two quote selectors describe the same passage. */
const sameQuote = (a: TextQuoteSelector | undefined, b: TextQuoteSelector): boolean =>
  a !== undefined && a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix;

/** The failure when the background did not answer (extension reloaded or updated under the page). */
function unreachable(action: StoreAction): StoreError {
  return { code: 'unreachable', action };
}

/**
 * Creates the page's highlight state.
 * @param root the element whose text is anchored (the body)
 * @param readPage the page as the store identifies it (URL, canonical link, title), read when needed
 * @param signal aborted when this run of the content script is replaced (`ctx.signal`): a load still in flight
 *   then answers but paints nothing, so a newer run's paint is never doubled
 */
export function createPageHighlights(
  root: Element,
  painter: Painter,
  store: HighlightStore,
  readPage: () => PageInput,
  signal?: AbortSignal,
): PageHighlights {
  const painted = new Map<string, { range: Range; colour: string; quote?: TextQuoteSelector }>();
  let loading: Promise<Result<ShownHighlights, StoreError>> | null = null;

  const paint = (id: string, colour: string, range: Range, selectors: readonly Selector[]): void => {
    if (signal?.aborted) return;
    painter.paint(id, colour, range);
    painted.set(id, { range, colour, quote: findQuoteSelector(selectors) });
  };

  async function load(): Promise<Result<ShownHighlights, StoreError>> {
    const page = readPage();
    const loaded = await store.loadPageNotes(page).catch(() => err(unreachable('show-highlights')));
    if (!loaded.ok) return loaded;
    // Only this state's own paint: a flash the reader just asked for (`revealQuote`) survives a reload of the notes.
    for (const id of painted.keys()) painter.unpaint(id);
    painted.clear();
    const { placed, notFound } = anchorHighlights(root, loaded.value.highlights);
    placed.sort((a, b) => a.match.start - b.match.start);
    for (const { item, range } of placed) paint(item.id, item.colour, range, item.selectors);
    if (!signal?.aborted && loaded.value.highlights.length > 0) {
      const outcome = {
        pageKey: loaded.value.pageKey,
        placed: placed.map((p) => p.item.id),
        notFound: notFound.map((h) => h.id),
      };
      // Only the library reads this; painting never waits for it, and a lost report is made again on the next visit.
      void store.highlightsAnchored?.(outcome).catch(() => {});
    }
    return ok({
      ...loaded.value,
      page,
      highlights: [...placed.map((p) => p.item), ...notFound],
      placement: { placed: placed.map((p) => p.item.id), notFound: notFound.map((h) => h.id) },
    });
  }

  return {
    show() {
      loading ??= load().finally(() => {
        loading = null;
      });
      return loading;
    },

    add(highlight, range) {
      paint(highlight.id, highlight.colour, range, highlight.selectors);
    },

    change(highlight) {
      const current = painted.get(highlight.id);
      const range = current?.range ?? anchorSelectors(root, highlight.selectors);
      if (!range) return false;
      paint(highlight.id, highlight.colour, range, highlight.selectors);
      return true;
    },

    remove(id) {
      painter.unpaint(id);
      painted.delete(id);
    },

    revealQuote(quote, signal) {
      const range =
        [...painted.values()].find((entry) => sameQuote(entry.quote, quote))?.range ??
        anchorQuote(root, quote, { collapseWhitespace: true })?.range;
      if (!range) return false;
      painter.flash(range, { duration: REVEAL_FLASH_MS, signal });
      return true;
    },
  };
}
