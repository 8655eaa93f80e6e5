/**
 * Store failures as values a person can read (the sentences are in `lib/strings.ts`). IndexedDB and Dexie fail with named errors (`QuotaExceededError`,
 * `DatabaseClosedError`, `AbortError`, …), often wrapped (Dexie puts the cause in `inner`); this module finds the
 * cause and says, in one plain sentence, what was not done and that nothing else was lost — which is true because
 * every write runs in one transaction that IndexedDB rolls back whole.
 */

import { storeErrorSentence } from '../strings';

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
  /** The input was not valid (say, an unknown colour or an empty quote). */
  | 'invalid'
  /** Anything else. */
  | 'unknown';

/** A failed store operation. Structured-clonable, so it can cross from the background to a page or content script. */
export interface StoreError {
  /** What went wrong, for code. */
  code: StoreErrorCode;
  /** One plain sentence for the reader. */
  message: string;
}

/** What an operation failed to do, as the end of a sentence: "this highlight was not saved". */
export type FailedAction = string;

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

/** The sentence for a failure with a given code (`storeErrorSentence` of `lib/strings.ts`). */
export function storeErrorMessage(code: StoreErrorCode, failed: FailedAction): string {
  return storeErrorSentence(code, failed);
}

/** A store error for a thrown error. */
export function toStoreError(error: unknown, failed: FailedAction): StoreError {
  const code = storeErrorCode(error);
  return { code, message: storeErrorMessage(code, failed) };
}

/** A store error with a given code (for failures Crux detects itself). */
export function storeError(code: StoreErrorCode, failed: FailedAction, message?: string): StoreError {
  return { code, message: message ?? storeErrorMessage(code, failed) };
}
