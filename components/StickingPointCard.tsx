/**
 * One sticking point as a card: its label as a heading, who stands where as a definition list ("Kyiv — guarantees
 * lasting decades"), and the sentences it came from, each a way back to its place on the page. Page text only.
 */
import { useId } from 'preact/hooks';
import type { Evidence, StickingPoint } from '@/lib/sticking-points/types';
import { strings } from '@/lib/strings';
import SentenceButton from './SentenceButton';

/** Props of {@link StickingPointCard}. */
export interface StickingPointCardProps {
  /** The sticking point. */
  point: StickingPoint;
  /** Called when an evidence sentence is activated. */
  onReveal: (evidence: Evidence) => void;
  /** Indices of sentences that were not found on the page. */
  missing: ReadonlySet<number>;
  /** Id of the reveal hint element. */
  hintId: string;
}

/** An `<article>` card named by its label. */
export default function StickingPointCard({ point, onReveal, missing, hintId }: StickingPointCardProps) {
  const headingId = useId();
  const positionsId = useId();
  const evidenceId = useId();
  return (
    <article class="card" aria-labelledby={headingId}>
      <h3 id={headingId} class="card-title">
        {point.label}
      </h3>
      {point.positions.length > 0 && (
        <>
          <p id={positionsId} class="card-subhead">
            {strings.positionsLabel}
          </p>
          <dl class="positions" aria-labelledby={positionsId}>
            {point.positions.map((p, i) => (
              <div class="position" key={i}>
                <dt>{p.actor}</dt>
                <dd>{p.stance}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p id={evidenceId} class="card-subhead">
        {strings.evidenceLabel}
      </p>
      <ul class="sentence-list evidence" aria-labelledby={evidenceId}>
        {point.evidence.map((e) => (
          <li key={e.index}>
            <SentenceButton text={e.text} onReveal={() => onReveal(e)} missing={missing.has(e.index)} hintId={hintId} />
          </li>
        ))}
      </ul>
    </article>
  );
}
