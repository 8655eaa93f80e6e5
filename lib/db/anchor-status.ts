/**
 * Where a page last found its highlights. Only the page knows whether a passage is still in it, so the content
 * script reports each anchoring (through the background) and the store keeps the outcome on the highlight, for
 * the library's "not found on its page" mark.
 *
 * The outcome is an unindexed field (`notFoundAt`): IndexedDB stores it without a schema change, and it is not a
 * change the reader made, so `modified` is left alone (an export/import merge by `modified` never sees it, and the
 * exported formats leave it out: on another device the page is simply anchored again).
 */
import { err, ok, type Result } from '../result';
import { toStoreError, type StoreError } from './errors';
import type { CruxDb } from './schema';
import type { Highlight } from './types';

/** A highlight with its last anchoring outcome. */
export type AnchoredHighlight = Highlight & {
  /** When its page was last shown without its passage; absent when it was found (or never looked for). */
  notFoundAt?: number;
};

/** One page's anchoring, as the content script reports it. */
export interface AnchorOutcome {
  /** The page's key (normalised URL): only highlights on this page are touched. */
  pageKey: string;
  /** Ids of the highlights found and painted. */
  placed: readonly string[];
  /** Ids of the highlights not found on the page as it is now. */
  notFound: readonly string[];
}

/** Whether a highlight was not found the last time its page was shown. */
export function isNotFound(highlight: Highlight): boolean {
  return (highlight as AnchoredHighlight).notFoundAt !== undefined;
}

/**
 * Records where a page found its highlights: sets `notFoundAt` on those not found, clears it on those placed.
 * Writes only the highlights whose status changes (so a page shown again with nothing new writes nothing, and a
 * library watching the store is not woken), and ignores ids of other pages.
 * @returns how many highlights changed status, or a failure saying the outcome was not recorded
 */
export async function recordAnchorOutcome(
  db: CruxDb,
  outcome: AnchorOutcome,
  now: number = Date.now(),
): Promise<Result<number, StoreError>> {
  const missing = new Set(outcome.notFound);
  const ids = [...new Set([...outcome.placed, ...outcome.notFound])];
  if (ids.length === 0) return ok(0);
  try {
    return ok(
      await db.transaction('rw', db.highlights, async () => {
        const stored = (await db.highlights.bulkGet(ids)) as (AnchoredHighlight | undefined)[];
        const changed: AnchoredHighlight[] = [];
        for (const highlight of stored) {
          if (!highlight || highlight.pageKey !== outcome.pageKey) continue;
          const wasMissing = highlight.notFoundAt !== undefined;
          const isMissing = missing.has(highlight.id);
          if (wasMissing === isMissing) continue;
          const { notFoundAt: _previous, ...rest } = highlight;
          changed.push(isMissing ? { ...rest, notFoundAt: now } : rest);
        }
        if (changed.length > 0) await db.highlights.bulkPut(changed);
        return changed.length;
      }),
    );
  } catch (error) {
    return err(toStoreError(error, 'record-anchoring'));
  }
}
