/**
 * A sentence of the article that takes the reader to it on the page: a button (so Enter and Space work and screen
 * readers say "button"), named by the sentence itself and described by a shared hint ("Show this sentence on the
 * page"). A sentence Crux could not find again is marked, so the reader sees which one.
 */
import { strings } from '@/lib/strings';

/** Props of {@link SentenceButton}. */
export interface SentenceButtonProps {
  /** The sentence, shown as text. */
  text: string;
  /** Called when the reader activates it. */
  onReveal: () => void;
  /** Whether a previous attempt did not find it on the page. */
  missing?: boolean;
  /** Id of the element holding the hint (see {@link RevealHint}). */
  hintId: string;
}

/** One clickable sentence. */
export default function SentenceButton({ text, onReveal, missing = false, hintId }: SentenceButtonProps) {
  return (
    <button
      type="button"
      class="sentence"
      data-missing={missing || undefined}
      aria-describedby={hintId}
      onClick={onReveal}
    >
      {text}
      {missing && <span class="sentence-missing"> — {strings.sentenceNotFound}</span>}
    </button>
  );
}

/** The hidden hint every sentence button points to with `aria-describedby`. Render it once per page. */
export function RevealHint({ id }: { id: string }) {
  return (
    <span id={id} hidden>
      {strings.revealHint}
    </span>
  );
}
