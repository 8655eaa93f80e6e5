/**
 * Failures cross boundaries (content script → popup, worker → page) as values: an `Error` does not survive
 * structured cloning, and a typed code lets the UI pick the sentence a person reads.
 */

/** A success carrying `value`, or a failure carrying `error`. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a value as a success. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wraps an error as a failure. */
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
