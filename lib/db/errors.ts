/**
 * Store failures as values. IndexedDB and Dexie fail with named errors (`QuotaExceededError`, `DatabaseClosedError`,
 * `AbortError`, …), often wrapped (Dexie puts the cause in `inner`); this module finds the cause and names it with a
 * code, together with what was not done. `storeErrorSentence` in `lib/strings.ts` turns the pair into the one plain
 * sentence the reader sees (what was not done, and that nothing else was lost — which is true because every write
 * runs in one transaction that IndexedDB rolls back whole).
 */

/** Why a store operation failed. */
export type StoreErrorCode =
  /** The disk or the browser's storage quota is full. */
  | 'quota'
  /** The database was closed or could not be opened (browser shutting down, data being cleared, upgrade blocked). */
  | 'closed'
  /** The transaction was aborted or timed out. */
  | 'aborted'
  /** The highlight or note does not exist (deleted elsewhere, or a stale id). */
  | 'not-found'
  /** The input was not valid (say, an unknown colour, or an import batch with a note but not its page). */
  | 'invalid'
  /** There is nothing to store: a highlight with no text, a page note with neither text nor tags. */
  | 'empty'
  /** The store did not answer at all (a content script's background was reloaded or updated under the page). */
  | 'unreachable'
  /** The edit was made on a copy that changed since (another tab saved first, or an import): nothing was written. */
  | 'stale'
  /** Anything else. */
  | 'unknown';

/** What a store operation set out to do; the sentence says it was not done. */
export type StoreAction =
  /** `saveHighlight`. */
  | 'save-highlight'
  /** `updateHighlight`, `updatePageNote`. */
  | 'save-change'
  /** `deleteHighlight`. */
  | 'delete-highlight'
  /** `restoreHighlight`. */
  | 'restore-highlight'
  /** `listPageHighlights`. */
  | 'load-highlights'
  /** `addPageNote`. */
  | 'save-note'
  /** `deletePageNote`. */
  | 'delete-note'
  /** `restorePageNote`. */
  | 'restore-note'
  /** `listPageNotes`. */
  | 'load-notes'
  /** `purgeDeleted`. */
  | 'purge'
  /** The content script's load of its page's highlights (through the background). */
  | 'show-highlights'
  /** `recordPageVisit`. */
  | 'update-page'
  /** `getPage`. */
  | 'load-page'
  /** `getSiteSettings`. */
  | 'load-site-settings'
  /** `setSiteAutoShow`. */
  | 'save-setting'
  /** `recordAnchorOutcome`. */
  | 'record-anchoring'
  /** `searchNotes`. */
  | 'search'
  /** `collectForExport`. */
  | 'export'
  /** `importAnnotations`. */
  | 'import'
  /** `catchUpWords`: writing imported notes' word rows in the background. */
  | 'index-words';

/** A failed store operation. Structured-clonable, so it can cross from the background to a page or content script. */
export interface StoreError {
  /** What went wrong. */
  code: StoreErrorCode;
  /** What was not done. */
  action: StoreAction;
}

/** The names of an error and of the errors it wraps (Dexie's `inner`, the standard `cause`). */
function errorNames(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const { name, inner, cause } = error as { name?: unknown; inner?: unknown; cause?: unknown };
  return [
    ...(typeof name === 'string' ? [name] : []),
    ...errorNames(inner, depth + 1),
    ...errorNames(cause, depth + 1),
  ];
}

/** The code for a thrown error. A quota error wins over the abort it causes. */
export function storeErrorCode(error: unknown): StoreErrorCode {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return 'quota';
  if (
    names.some((n) =>
      [
        'DatabaseClosedError',
        'OpenFailedError',
        'MissingAPIError',
        'InvalidStateError',
        'VersionError',
        'UpgradeError',
      ].includes(n),
    )
  ) {
    return 'closed';
  }
  if (names.some((n) => ['AbortError', 'TransactionInactiveError', 'TimeoutError'].includes(n))) return 'aborted';
  if (names.includes('ConstraintError')) return 'invalid';
  return 'unknown';
}

/** A store error for a thrown error. */
export function toStoreError(error: unknown, action: StoreAction): StoreError {
  return { code: storeErrorCode(error), action };
}

/** A store error with a given code (for failures Crux detects itself). */
export function storeError(code: StoreErrorCode, action: StoreAction): StoreError {
  return { code, action };
}
