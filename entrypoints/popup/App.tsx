/**
 * The popup's screen: reads the page through `loadArticle` and shows the article header or the state the user is
 * in (loading, not an article, cannot read, nothing to read, unexpected error). The loader is a prop so tests drive
 * every state without a browser.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Article } from '@/lib/article/types';
import type { PageProblem } from '@/lib/page-access';
import type { Result } from '@/lib/result';
import { strings } from '@/lib/strings';
import ArticleHeader from '@/components/ArticleHeader';
import LoadingSkeleton from '@/components/LoadingSkeleton';
import NotArticleNotice from '@/components/NotArticleNotice';
import ProblemNotice from '@/components/ProblemNotice';

/** Reads the current page. May reject: a rejection is shown as an unexpected problem. */
export type LoadArticle = () => Promise<Result<Article, PageProblem>>;

/** Props of {@link App}. */
export interface AppProps {
  /** Reads the article of the tab the popup acts on. */
  loadArticle: LoadArticle;
}

/** What the popup is showing. */
type View =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article }
  | { kind: 'not-article'; article: Article }
  | { kind: 'problem'; problem: PageProblem };

/** Problems a second attempt may fix without the user doing anything else first. */
const RETRYABLE: ReadonlySet<PageProblem> = new Set<PageProblem>(['unexpected', 'empty']);

/** The popup: a top bar, then the current view. */
export default function App({ loadArticle }: AppProps) {
  const [view, setView] = useState<View>({ kind: 'loading' });

  const load = useCallback(async () => {
    setView({ kind: 'loading' });
    setView(await readView(loadArticle));
  }, [loadArticle]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div class="popup">
      <div class="popup-bar">
        <span class="popup-brand">{strings.appName}</span>
      </div>
      <main class="popup-main">{renderView(view, load, (article) => setView({ kind: 'article', article }))}</main>
    </div>
  );
}

/** Turns the loader's answer (or its rejection) into a view. */
async function readView(loadArticle: LoadArticle): Promise<View> {
  try {
    const result = await loadArticle();
    if (!result.ok) return { kind: 'problem', problem: result.error };
    return result.value.readable
      ? { kind: 'article', article: result.value }
      : { kind: 'not-article', article: result.value };
  } catch {
    return { kind: 'problem', problem: 'unexpected' };
  }
}

function renderView(view: View, retry: () => void, showArticle: (article: Article) => void) {
  switch (view.kind) {
    case 'loading':
      return <LoadingSkeleton />;
    case 'not-article':
      return <NotArticleNotice onAnalyseAnyway={() => showArticle(view.article)} />;
    case 'problem':
      return <ProblemNotice problem={view.problem} onRetry={RETRYABLE.has(view.problem) ? retry : undefined} />;
    case 'article':
      // Later issues add the Summary, Sticking points and Notes sections after the header.
      return <ArticleHeader article={view.article} />;
  }
}
