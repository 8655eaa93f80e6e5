/**
 * The popup's side of the analysis worker (`analysis-worker.ts`): starts the worker, waits for its tagger, and
 * turns each analysis request into a promise. One worker per popup; it ends with the popup.
 */
import type { Analysis } from '@/lib/analysis/analyze';
import type { Article } from '@/lib/article/types';
import { analysisStrings } from '@/lib/strings';

/** What the popup sends the worker. */
export interface AnalysisRequest {
  id: number;
  article: Article;
}

/** What the worker sends back. */
export type AnalysisReply =
  | { kind: 'ready' }
  | { kind: 'analysis'; id: number; ok: true; analysis: Analysis }
  | { kind: 'analysis'; id: number; ok: false; error: string };

/** The analysis, run off the popup's thread. */
export interface AnalysisClient {
  /** Resolves once the worker's tagger is built; rejects when the worker could not start. */
  ready: Promise<void>;
  /** Analyses an article. Rejects with a plain sentence when the worker fails. */
  analyse(article: Article): Promise<Analysis>;
  /** Whether the worker has failed (it could not start, or it stopped): start another one for the next request. */
  failed(): boolean;
}

/** Starts the analysis worker now. */
export function startAnalysisWorker(): AnalysisClient {
  const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve(a: Analysis): void; reject(e: Error): void }>();
  let next = 0;
  let broken = false;
  let markReady: () => void = () => {};
  let failReady: (e: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  ready.catch(() => {}); // a failure also reaches analyse()
  worker.onmessage = (event: MessageEvent<AnalysisReply>) => {
    const reply = event.data;
    if (reply.kind === 'ready') return markReady();
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) pending?.resolve(reply.analysis);
    else pending?.reject(new Error(reply.error));
  };
  worker.onerror = (event) => {
    broken = true;
    event.preventDefault();
    const error = new Error(analysisStrings.stopped);
    failReady(error);
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  return {
    ready,
    failed: () => broken,
    async analyse(article) {
      await ready;
      if (broken) throw new Error(analysisStrings.stopped);
      const id = next++;
      return new Promise<Analysis>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, article } satisfies AnalysisRequest);
      });
    },
  };
}
