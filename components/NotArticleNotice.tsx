/**
 * Shown when a page was read but does not look like an article (`readable: false`): says so plainly and offers to
 * analyse it anyway, because the heuristic is sometimes wrong.
 */
import { useId } from 'preact/hooks';
import { strings } from '@/lib/strings';

/** Props of {@link NotArticleNotice}. */
export interface NotArticleNoticeProps {
  /** Called by the "Analyse anyway" button. */
  onAnalyseAnyway: () => void;
}

/** The "not an article" message with an "Analyse anyway" button. */
export default function NotArticleNotice({ onAnalyseAnyway }: NotArticleNoticeProps) {
  const titleId = useId();
  return (
    <section class="notice" data-tone="info" aria-labelledby={titleId}>
      <svg class="notice-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
        <path
          d="M4 5h16M4 10h16M4 15h10M4 20h7"
          fill="none"
          stroke="currentColor"
          stroke-width="1.6"
          stroke-linecap="round"
        />
      </svg>
      <h1 id={titleId} class="notice-title">
        {strings.notArticleTitle}
      </h1>
      <p class="notice-body">{strings.notArticleBody}</p>
      <button type="button" class="button button-primary" onClick={onAnalyseAnyway}>
        {strings.analyseAnyway}
      </button>
    </section>
  );
}
