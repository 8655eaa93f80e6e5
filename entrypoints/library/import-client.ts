/**
 * The library page's side of the import worker: the same `ImportSession` as a local one, answered by a worker.
 * `chooseImportSession` picks: files over `WORKER_IMPORT_BYTES` go to the worker, smaller ones are checked in the
 * page (starting a worker costs more than parsing a small file).
 */
import type { ImportSummary } from '@/lib/db/import';
import type { Result } from '@/lib/result';
import type { ImportFailure, ImportProgress, ImportSession } from './import-session';

/** Files larger than this (1 MB) are imported in the worker. */
export const WORKER_IMPORT_BYTES = 1024 * 1024;

/** What the page asks the worker. */
export type ImportWorkerRequest = { kind: 'preview'; file: Blob } | { kind: 'commit' };

/** What the worker answers. */
export type ImportWorkerReply =
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'previewed'; result: Result<ImportSummary, ImportFailure> }
  | { kind: 'committed'; result: Result<ImportSummary, ImportFailure> };

/** A worker, as far as the client uses it (a parameter, so tests pass a fake). */
export interface ImportWorkerLike {
  postMessage(message: ImportWorkerRequest): void;
  onmessage: ((event: MessageEvent<ImportWorkerReply>) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

/** Starts the import worker. */
export function startImportWorker(): ImportWorkerLike {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }) as unknown as ImportWorkerLike;
}

/**
 * An import session answered by a worker, started on the first preview. A worker that fails answers with the
 * store's "unknown" failure, and the next preview starts a fresh one.
 */
export function createWorkerImportSession(start: () => ImportWorkerLike = startImportWorker): ImportSession {
  let worker: ImportWorkerLike | null = null;
  const ask = (
    request: ImportWorkerRequest,
    answer: 'previewed' | 'committed',
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<Result<ImportSummary, ImportFailure>> =>
    new Promise((resolve) => {
      const current = worker ?? (worker = start());
      current.onmessage = (event) => {
        const reply = event.data;
        if (reply.kind === 'progress') onProgress?.(reply.progress);
        else if (reply.kind === answer) resolve(reply.result);
      };
      current.onerror = () => {
        current.terminate();
        worker = null;
        resolve({ ok: false, error: { kind: 'store', error: { code: 'unknown', action: 'import' } } });
      };
      current.postMessage(request);
    });
  return {
    preview: (file, onProgress) => ask({ kind: 'preview', file }, 'previewed', onProgress),
    commit: () => ask({ kind: 'commit' }, 'committed'),
  };
}

/** The session for a file: the worker's for a large one, the page's own for a small one. */
export function chooseImportSession(file: Blob, local: ImportSession, worker: () => ImportSession): ImportSession {
  return file.size > WORKER_IMPORT_BYTES ? worker() : local;
}
