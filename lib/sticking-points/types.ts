/**
 * The shape of a sticking point: an unresolved dispute, demand or obstacle that an article reports as standing in
 * the way of an agreement or decision. Shared by the finder (`find.ts`), the analysis layer and the popup.
 */

/** One party's stance on a sticking point, in the article's own words. */
export interface Position {
  /** Who holds the position, as the article names them ("Zelenskyy", "the teachers' union"). */
  actor: string;
  /** What they want or refuse, quoted from the article ("guarantees lasting decades"). */
  stance: string;
}

/** A sentence of the article that supports a sticking point. */
export interface Evidence {
  /** The sentence, verbatim. */
  text: string;
  /** The sentence's `Sentence.index` in the article, so the UI can scroll to it or highlight it. */
  index: number;
}

/** An open issue the article reports as blocking an agreement or decision. */
export interface StickingPoint {
  /** A short noun phrase naming the issue (at most 8 words): the section's subheading when there is one. */
  label: string;
  /** One to three sentences of the article that report the issue, in reading order. */
  evidence: Evidence[];
  /** The parties' positions on the issue, where the article states them; may be empty. */
  positions: Position[];
  /** How sure the finder is that this is a real, open sticking point, from 0 to 1; points come sorted by it. */
  confidence: number;
}

/** What `findStickingPoints` returns. */
export interface StickingPointsResult {
  /** The sticking points, most confident first; empty when the article reports no open dispute. */
  stickingPoints: StickingPoint[];
  /** Why the list is empty without having been looked for: `'language'` when the article's language is not covered. */
  reason?: 'language';
}
