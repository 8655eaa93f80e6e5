/**
 * The popup's screen: reads the page through a {@link PageSource} and shows the article header as soon as it has
 * the article, then the Summary, Sticking points and Notes sections once the analysis is there — or the state the
 * reader is in (loading, not an article, cannot read, nothing to read, unexpected error). Every browser operation is
 * a prop, so tests drive every state without a browser.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '@/lib/analysis/analyze';
import type { Article } from '@/lib/article/types';
import type { PageProblem } from '@/lib/page-access';
import { describeText } from '@/lib/anchoring/describe';
import { strings } from '@/lib/strings';
import ArticleHeader from '@/components/ArticleHeader';
import LoadingSkeleton from '@/components/LoadingSkeleton';
import NotArticleNotice from '@/components/NotArticleNotice';
import NotesSection, { type NotesSource } from '@/components/NotesSection';
import ProblemNotice from '@/components/ProblemNotice';
import SectionsSkeleton from '@/components/SectionsSkeleton';
import SectionTabs, { panelId, tabId, type SectionTab } from '@/components/SectionTabs';
import { RevealHint } from '@/components/SentenceButton';
import StickingPointsSection from '@/components/StickingPointsSection';
import SummarySection from '@/components/SummarySection';
import type { PageSource } from './load-article';

/** Props of {@link App}. */
export interface AppProps {
  /** The page the popup acts on. */
  source: PageSource;
  /** This page's highlights and notes (through the background and the page's highlighter). */
  notes: NotesSource;
  /** Writes text to the clipboard. */
  copyText: (text: string) => Promise<void>;
  /** Opens the notes library in a new tab. */
  openLibrary: () => void;
  /** The notes library's address. */
  libraryUrl: string;
  /** Records a timing mark (`performance.mark` in the extension; the benchmark reads them). */
  mark?: (name: string) => void;
}

/** Where the analysis is. */
type AnalysisState = { status: 'pending' } | { status: 'ready'; analysis: Analysis } | { status: 'failed' };

/** What the popup is showing. */
type View =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article; analysis: AnalysisState }
  | { kind: 'not-article'; article: Article; analysis: Analysis | null }
  | { kind: 'problem'; problem: PageProblem };

/** Problems a second attempt may fix without the user doing anything else first. */
const RETRYABLE: ReadonlySet<PageProblem> = new Set<PageProblem>(['unexpected', 'empty']);

/** How long a status message (copied, not found) stays before it clears. */
const STATUS_MS = 4000;

/** The sections, in tab order. */
type SectionId = 'summary' | 'sticking-points' | 'notes';

/** The popup: a top bar, the current view, and one polite status line for feedback. */
export default function App({ source, notes, copyText, openLibrary, libraryUrl, mark = () => {} }: AppProps) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [status, setStatus] = useState('');
  const statusTimer = useRef<ReturnType<typeof setTimeout>>();
  // Each load gets a number; answers from an older load (after "Try again") are dropped.
  const generation = useRef(0);
  const hintId = useId();

  const announce = useCallback((message: string) => {
    clearTimeout(statusTimer.current);
    setStatus(message);
    statusTimer.current = setTimeout(() => setStatus(''), STATUS_MS);
  }, []);
  useEffect(() => () => clearTimeout(statusTimer.current), []);

  const analyse = useCallback(
    async (article: Article, run: number) => {
      setView({ kind: 'article', article, analysis: { status: 'pending' } });
      let next: AnalysisState;
      try {
        next = { status: 'ready', analysis: await source.analyse(article) };
      } catch {
        next = { status: 'failed' };
      }
      if (run === generation.current) setView({ kind: 'article', article, analysis: next });
    },
    [source],
  );

  const load = useCallback(async () => {
    const run = ++generation.current;
    setView({ kind: 'loading' });
    let view: View;
    try {
      const result = await source.load();
      if (!result.ok) view = { kind: 'problem', problem: result.error };
      else {
        const { article, analysis } = result.value;
        if (!article.readable) view = { kind: 'not-article', article, analysis };
        else if (analysis) view = { kind: 'article', article, analysis: { status: 'ready', analysis } };
        else {
          if (run === generation.current) void analyse(article, run);
          return;
        }
      }
    } catch {
      view = { kind: 'problem', problem: 'unexpected' };
    }
    if (run === generation.current) setView(view);
  }, [source, analyse]);

  // A layout effect, not `useEffect`: reading the page starts as soon as the skeleton is committed, instead of
  // waiting a frame for the browser to paint it (about 16 ms, half the budget of a cached reopen).
  useLayoutEffect(() => {
    void load();
  }, [load]);

  const isArticle = view.kind === 'article';
  useLayoutEffect(() => {
    if (isArticle) mark('crux:header-shown');
  }, [isArticle]);

  const analyseAnyway = (article: Article, analysis: Analysis | null) => {
    if (analysis) setView({ kind: 'article', article, analysis: { status: 'ready', analysis } });
    else void analyse(article, generation.current);
  };

  const copy = async (text: string) => {
    try {
      await copyText(text);
      announce(strings.copied);
    } catch {
      announce(strings.copyFailed);
    }
  };

  return (
    <div class="popup">
      <div class="popup-bar">
        <span class="popup-brand">{strings.appName}</span>
      </div>
      <main class="popup-main">
        {view.kind === 'loading' && <LoadingSkeleton />}
        {view.kind === 'problem' && (
          <ProblemNotice problem={view.problem} onRetry={RETRYABLE.has(view.problem) ? load : undefined} />
        )}
        {view.kind === 'not-article' && (
          <>
            <NotArticleNotice onAnalyseAnyway={() => analyseAnyway(view.article, view.analysis)} />
            {/* Notes belong to any page, article or not: the reader's highlights stay one glance away. */}
            <section class="popup-notes-only" aria-labelledby="notes-only-heading">
              <h2 id="notes-only-heading" class="section-heading">
                {strings.notesTab}
              </h2>
              <NotesSection source={notes} libraryUrl={libraryUrl} onOpenLibrary={openLibrary} />
            </section>
          </>
        )}
        {view.kind === 'article' && (
          <>
            <ArticleHeader article={view.article} />
            {view.analysis.status === 'pending' && <SectionsSkeleton />}
            {view.analysis.status === 'failed' && (
              <AnalysisFailed onRetry={() => void analyse(view.article, generation.current)} />
            )}
            {view.analysis.status === 'ready' && (
              <Sections
                article={view.article}
                analysis={view.analysis.analysis}
                source={source}
                notes={notes}
                announce={announce}
                onCopy={copy}
                openLibrary={openLibrary}
                libraryUrl={libraryUrl}
                hintId={hintId}
                mark={mark}
              />
            )}
          </>
        )}
      </main>
      <p class="popup-status" role="status">
        {status}
      </p>
      <RevealHint id={hintId} />
    </div>
  );
}

/** Props of {@link Sections}. */
interface SectionsProps {
  article: Article;
  analysis: Analysis;
  source: PageSource;
  notes: NotesSource;
  announce: (message: string) => void;
  onCopy: (text: string) => void;
  openLibrary: () => void;
  libraryUrl: string;
  hintId: string;
  mark: (name: string) => void;
}

/** The three sections as tabs, with their panels (kept mounted, so the summary length survives a tab switch). */
function Sections({
  article,
  analysis,
  source,
  notes,
  announce,
  onCopy,
  openLibrary,
  libraryUrl,
  hintId,
  mark,
}: SectionsProps) {
  const [selected, setSelected] = useState<SectionId>('summary');
  const [notesCount, setNotesCount] = useState<number | undefined>(undefined);
  const [missing, setMissing] = useState<ReadonlySet<number>>(new Set());
  const shown = useRef(false);
  const idPrefix = useId();

  const reveal = async (index: number) => {
    const sentence = analysis.sentences[index];
    if (!sentence) return;
    let found: boolean;
    try {
      found = await source.reveal(describeText(article.text, sentence.start, sentence.end));
    } catch {
      announce(strings.revealFailed);
      return;
    }
    setMissing((old) => {
      const next = new Set(old);
      if (found) next.delete(index);
      else next.add(index);
      return next;
    });
    if (!found) announce(strings.sentenceNotFound);
  };

  // The sticking points panel (its cards, or "none found") is committed with the sections, kept mounted behind its
  // tab: this is when the reader can see them, timed by the benchmark.
  useLayoutEffect(() => mark('crux:sticking-points-shown'), []);

  const onSummaryRendered = () => {
    mark('crux:summary-rendered');
    if (!shown.current) mark('crux:summary-shown');
    shown.current = true;
  };

  const tabs: SectionTab[] = [
    { id: 'summary', label: strings.summaryTab },
    { id: 'sticking-points', label: strings.stickingPointsTab, count: analysis.stickingPoints.length },
    // The notes count shows only when the page has notes: a badge that says "you kept something here".
    { id: 'notes', label: strings.notesTab, count: notesCount ? notesCount : undefined },
  ];
  const panel = (id: SectionId, heading: string, content: preact.ComponentChildren) => (
    <section
      class="panel"
      role="tabpanel"
      id={panelId(idPrefix, id)}
      aria-labelledby={tabId(idPrefix, id)}
      tabIndex={0}
      hidden={selected !== id}
    >
      <h2 class="visually-hidden">{heading}</h2>
      {content}
    </section>
  );

  return (
    <div class="sections">
      <SectionTabs
        tabs={tabs}
        selected={selected}
        onSelect={(id) => setSelected(id as SectionId)}
        label={strings.sectionsLabel}
        idPrefix={idPrefix}
      />
      {panel(
        'summary',
        strings.summaryTab,
        <SummarySection
          sentences={analysis.sentences}
          initialLength={analysis.summary.length}
          title={article.title}
          url={article.canonicalUrl ?? article.url}
          onReveal={(item) => void reveal(item.index)}
          missing={missing}
          onCopy={onCopy}
          hintId={hintId}
          onRendered={onSummaryRendered}
        />,
      )}
      {panel(
        'sticking-points',
        strings.stickingPointsTab,
        <StickingPointsSection
          analysis={analysis}
          onReveal={(e) => void reveal(e.index)}
          missing={missing}
          hintId={hintId}
        />,
      )}
      {panel(
        'notes',
        strings.notesTab,
        <NotesSection source={notes} libraryUrl={libraryUrl} onOpenLibrary={openLibrary} onCount={setNotesCount} />,
      )}
    </div>
  );
}

/** Shown under the header when the analysis failed: says so, offers to try again. */
function AnalysisFailed({ onRetry }: { onRetry: () => void }) {
  const titleId = useId();
  return (
    <section class="notice notice-inline" data-tone="error" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} class="notice-title">
        {strings.analysisFailedTitle}
      </h2>
      <p class="notice-body">{strings.analysisFailedBody}</p>
      <button type="button" class="button" onClick={onRetry}>
        {strings.tryAgain}
      </button>
    </section>
  );
}
