/**
 * A problem the popup explains instead of showing the article: a heading and plain sentences saying what happened
 * and what to do, announced as an alert. Never shows a raw error.
 */
import { useId } from 'preact/hooks';
import { isCannotRead, type PageProblem } from '@/lib/page-access';
import { problemTexts, strings } from '@/lib/strings';

/** Props of {@link ProblemNotice}. */
export interface ProblemNoticeProps {
  /** What went wrong. */
  problem: PageProblem;
  /** Called by the "Try again" button; the button is shown only when this is given. */
  onRetry?: () => void;
}

/** The message for one {@link PageProblem}, with `role="alert"` and an optional "Try again" button. */
export default function ProblemNotice({ problem, onRetry }: ProblemNoticeProps) {
  const titleId = useId();
  const text = problemTexts[problem];
  const tone = isCannotRead(problem) ? 'blocked' : problem === 'unexpected' ? 'error' : 'empty';
  return (
    <section class="notice" data-tone={tone} data-problem={problem} role="alert" aria-labelledby={titleId}>
      <NoticeIcon tone={tone} />
      <h1 id={titleId} class="notice-title">
        {text.title}
      </h1>
      <p class="notice-body">{text.body}</p>
      {onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          {strings.tryAgain}
        </button>
      )}
    </section>
  );
}

/** A decorative icon for the notice's tone: a closed lock, an empty page, or a warning sign. */
function NoticeIcon({ tone }: { tone: 'blocked' | 'error' | 'empty' }) {
  const paths: Record<typeof tone, string> = {
    blocked: 'M7 11V8a5 5 0 0 1 10 0v3M5 11h14v10H5z',
    empty: 'M6 3h9l4 4v14H6zM14 3v5h5',
    error: 'M12 3 2 21h20zM12 10v5M12 18v.01',
  };
  return (
    <svg class="notice-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <path
        d={paths[tone]}
        fill="none"
        stroke="currentColor"
        stroke-width="1.6"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
