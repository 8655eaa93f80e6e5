/**
 * The summary: its sentences in article order, each one a way back to its place in the page, a length control that
 * re-ranks from the sentences' stored scores (no new analysis: `selectSummary` is a pure, nested re-rank), and
 * "copy" buttons for plain text and Markdown.
 */
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { selectSummary } from '@/lib/summary/select';
import type { ScoredSentence, SummaryItem } from '@/lib/summary/types';
import { formatSentenceCount, formatSummaryMarkdown, formatSummaryText, strings } from '@/lib/strings';
import SentenceButton from './SentenceButton';

/** The longest summary the control offers: beyond ten sentences, reading the article is quicker. */
export const LONGEST_SUMMARY = 10;

/** Props of {@link SummarySection}. */
export interface SummarySectionProps {
  /** Every sentence of the article with its score (`Analysis.sentences`). */
  sentences: readonly ScoredSentence[];
  /** The summary length to start with (the analysis's default length). */
  initialLength: number;
  /** The article's title and address, for the copied text. */
  title: string;
  url: string;
  /** Called when a sentence is activated. */
  onReveal: (item: SummaryItem) => void;
  /** Indices of sentences that were not found on the page. */
  missing: ReadonlySet<number>;
  /** Copies text to the clipboard; resolves when done. */
  onCopy: (text: string) => void;
  /** Id of the reveal hint element. */
  hintId: string;
  /** Called after each render of the sentences (for timing marks). */
  onRendered?: (length: number) => void;
}

/** The summary section's content (the App gives it its panel and heading). */
export default function SummarySection(props: SummarySectionProps) {
  const { sentences, initialLength, title, url, onReveal, missing, onCopy, hintId, onRendered } = props;
  // Nested choices: the longest summary lists, in pick order, every shorter one, so its size is the maximum length.
  const longest = useMemo(() => selectSummary(sentences, LONGEST_SUMMARY).length, [sentences]);
  const [length, setLength] = useState(() => Math.max(1, Math.min(initialLength, longest)));
  const items = useMemo(() => selectSummary(sentences, length), [sentences, length]);

  useLayoutEffect(() => {
    onRendered?.(items.length);
  }, [items]);

  if (items.length === 0) {
    return (
      <div class="empty-state">
        <p class="empty-title">{strings.nothingToSummariseTitle}</p>
        <p class="empty-body">{strings.nothingToSummariseBody}</p>
      </div>
    );
  }

  const texts = items.map((item) => item.text);
  return (
    <div class="summary">
      <ol class="sentence-list" aria-label={strings.summaryListLabel}>
        {items.map((item) => (
          <li key={item.index}>
            <SentenceButton
              text={item.text}
              onReveal={() => onReveal(item)}
              missing={missing.has(item.index)}
              hintId={hintId}
            />
          </li>
        ))}
      </ol>
      <div class="summary-tools">
        <div class="length-control" role="group" aria-label={strings.lengthLabel}>
          <button
            type="button"
            class="button button-small"
            disabled={length <= 1}
            onClick={() => setLength((n) => Math.max(1, n - 1))}
          >
            {strings.shorter}
          </button>
          <span class="length-value" aria-live="polite">
            {formatSentenceCount(items.length)}
          </span>
          <button
            type="button"
            class="button button-small"
            disabled={length >= longest}
            onClick={() => setLength((n) => Math.min(longest, n + 1))}
          >
            {strings.longer}
          </button>
        </div>
        <div class="copy-actions">
          <button
            type="button"
            class="button button-small"
            onClick={() => onCopy(formatSummaryText(title, url, texts))}
          >
            {strings.copyText}
          </button>
          <button
            type="button"
            class="button button-small"
            onClick={() => onCopy(formatSummaryMarkdown(title, url, texts))}
          >
            {strings.copyMarkdown}
          </button>
        </div>
      </div>
    </div>
  );
}
