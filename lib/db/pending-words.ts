/**
 * The list of notes whose word rows are still to be written (`word-index.ts`), kept as chunks of at most one
 * catch-up batch each: marking 100,000 imported notes adds 400 small rows, and each catch-up batch deletes one,
 * where a single list would be rewritten whole by every batch. Apart from `word-index.ts` so the schema's upgrade
 * can use it without importing the store's functions.
 */
import type { PendingChunk, PendingWords } from './types';

/** Ids per chunk: one catch-up transaction's batch (~40 index entries a note, a fraction of a second a batch). */
export const PENDING_CHUNK = 250;

/** The part of the chunks' table (typed, or the upgrade's untyped one) that adding needs. */
interface ChunkTable {
  bulkAdd(chunks: PendingChunk[]): Promise<unknown>;
}

/** Adds chunks listing some notes as pending. Call inside a read-write transaction over the chunks' table. */
export async function addPendingChunks(table: ChunkTable, added: PendingWords): Promise<void> {
  const chunks: PendingChunk[] = [];
  for (const kind of ['highlights', 'pageNotes'] as const) {
    for (let i = 0; i < added[kind].length; i += PENDING_CHUNK)
      chunks.push({ kind, ids: added[kind].slice(i, i + PENDING_CHUNK) });
  }
  if (chunks.length > 0) await table.bulkAdd(chunks);
}
