/**
 * The sticking points: one card each, most confident first, or an honest "none found" — with the reason when Crux
 * did not look because it does not cover the article's language.
 */
import type { Analysis } from '@/lib/analysis/analyze';
import type { Evidence } from '@/lib/sticking-points/types';
import { formatLanguageReason, strings } from '@/lib/strings';
import StickingPointCard from './StickingPointCard';

/** Props of {@link StickingPointsSection}. */
export interface StickingPointsSectionProps {
  /** The analysis's sticking points, reason and language. */
  analysis: Pick<Analysis, 'stickingPoints' | 'stickingPointsReason' | 'lang'>;
  /** Called when an evidence sentence is activated. */
  onReveal: (evidence: Evidence) => void;
  /** Indices of sentences that were not found on the page. */
  missing: ReadonlySet<number>;
  /** Id of the reveal hint element. */
  hintId: string;
}

/** The list of sticking point cards, or the empty state. */
export default function StickingPointsSection({ analysis, onReveal, missing, hintId }: StickingPointsSectionProps) {
  if (analysis.stickingPoints.length === 0) {
    return (
      <div class="empty-state">
        <p class="empty-title">{strings.noStickingPoints}</p>
        {analysis.stickingPointsReason === 'language' && (
          <p class="empty-body">{formatLanguageReason(analysis.lang)}</p>
        )}
      </div>
    );
  }
  return (
    <ul class="cards" aria-label={strings.stickingPointsListLabel}>
      {analysis.stickingPoints.map((point, i) => (
        <li key={i}>
          <StickingPointCard point={point} onReveal={onReveal} missing={missing} hintId={hintId} />
        </li>
      ))}
    </ul>
  );
}
