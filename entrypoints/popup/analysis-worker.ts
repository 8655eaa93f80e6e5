/**
 * The popup's analysis worker: runs `analyzeArticle` off the popup's UI thread, with the English tagger (about 1 MB
 * gzip of JavaScript). The popup starts it the moment it opens, so the tagger is parsed and built while the page is
 * being read; the page itself never receives the tagger.
 *
 * Protocol: the worker posts `{ kind: 'ready' }` once the tagger is built; each `{ id, article }` it receives is
 * answered with `{ id, ok: true, analysis }` or `{ id, ok: false, error }` (a plain sentence, never a stack).
 */
import { analyzeArticle } from '@/lib/analysis/analyze';
import type { Article } from '@/lib/article/types';
import { prepareTagger } from '@/lib/text/tagger';
import type { AnalysisReply, AnalysisRequest } from './analysis-client';

const scope = self as unknown as {
  postMessage(message: AnalysisReply): void;
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
};

scope.onmessage = (event) => {
  const { id, article } = event.data;
  try {
    scope.postMessage({ kind: 'analysis', id, ok: true, analysis: analyzeArticle(article as Article) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ kind: 'analysis', id, ok: false, error: message.split('\n')[0] ?? 'unexpected error' });
  }
};

prepareTagger();
scope.postMessage({ kind: 'ready' });
