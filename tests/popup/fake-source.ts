/** A {@link PageSource} for App tests: answers from fixed values or when the test says so, records reveals. */
import type { Analysis } from '@/lib/analysis/analyze';
import type { Article } from '@/lib/article/types';
import type { PageProblem } from '@/lib/page-access';
import { ok, type Result } from '@/lib/result';
import type { TextQuoteSelector } from '@/lib/anchoring/types';
import type { LoadedPage, PageSource } from '@/entrypoints/popup/load-article';

/** A promise the test resolves by hand. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

/** Makes a {@link Deferred}. */
export function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => {};
  let reject: (reason: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** What the fake does. */
export interface FakeSourceOptions {
  /** The load answer (or a function making it). */
  load?: () => Promise<Result<LoadedPage, PageProblem>>;
  /** The analysis answer. */
  analyse?: (article: Article) => Promise<Analysis>;
  /** Whether reveal finds the sentence. */
  reveal?: (target: TextQuoteSelector) => Promise<boolean>;
}

/** A fake source with call records. */
export function makeSource(
  options: FakeSourceOptions,
): PageSource & { reveals: TextQuoteSelector[]; analyses: number } {
  const source = {
    reveals: [] as TextQuoteSelector[],
    analyses: 0,
    load: options.load ?? (async () => ok({ article: {} as Article, analysis: null, fromCache: false })),
    async analyse(article: Article) {
      source.analyses++;
      if (!options.analyse) throw new Error('no analysis in this test');
      return options.analyse(article);
    },
    async reveal(target: TextQuoteSelector) {
      source.reveals.push(target);
      return options.reveal ? options.reveal(target) : true;
    },
  };
  return source;
}

/** A source whose page loads at once, with or without a cached analysis. */
export function loadedSource(article: Article, analysis: Analysis | null, more: FakeSourceOptions = {}) {
  return makeSource({ load: async () => ok({ article, analysis, fromCache: analysis !== null }), ...more });
}
