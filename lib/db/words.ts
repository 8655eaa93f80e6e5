/**
 * The word index: the normalised words of a note's searchable text, stored in a multi-entry `words` index so
 * the notes library can search 10,000 notes as the reader types. Each word is lower-cased with diacritics folded
 * ("Café" → "cafe"); English words also add their Porter stem ("arguments" → "argument"), so a complete query word
 * finds other forms of it. Words come from the text layer's `tokenize` (`lib/text/words.ts`), so search and
 * summaries agree on what a word is.
 *
 * Changing what goes into `words` changes what old notes can be found by: do it in a new schema version whose
 * `upgrade()` recomputes the notes' `words` (as version 2 does) and lists them as pending, so their word rows are
 * rewritten (as version 4 does; `word-index.ts`).
 */
import { tokenize } from '../text/words';

/** Lower-cases and folds diacritics ("Éternité" → "eternite"), keeping letters of other scripts as they are. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The index entries for some texts (quote, note, tags; or a page title): each distinct folded word and, where it
 * differs, its folded stem.
 * @returns distinct entries, sorted (stable records make tests and exports reproducible)
 */
export function indexWords(...texts: readonly string[]): string[] {
  const entries = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const token of tokenize(text, 'en')) {
      const word = foldWord(token.lower);
      if (!word) continue;
      entries.add(word);
      const stem = foldWord(token.stem);
      if (stem && stem !== word) entries.add(stem);
    }
  }
  return [...entries].sort();
}

/** A search query split for the word index. */
export interface QueryTerms {
  /** Words the reader has finished typing: each matches a note holding the word or its stem. */
  complete: { word: string; stem: string }[];
  /** The word being typed (no space after it yet): matched as a prefix. Null when the query ends in a space. */
  partial: string | null;
}

/** Splits a query as typed into complete words and the word still being typed. */
export function queryTerms(query: string): QueryTerms {
  const tokens = tokenize(query, 'en')
    .map((t) => ({ word: foldWord(t.lower), stem: foldWord(t.stem) }))
    .filter((t) => t.word);
  const last = tokens[tokens.length - 1];
  const typing = last !== undefined && !/[\s\p{P}]$/u.test(query);
  return { complete: typing ? tokens.slice(0, -1) : tokens, partial: typing ? last.word : null };
}

/** A tag as stored: trimmed, without a leading `#`, lower-case, inner spaces as `-`. Empty for a blank tag. */
export function normalizeTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').trim().toLowerCase().replace(/\s+/g, '-');
}

/** Distinct normalised tags, in the order first given, blanks dropped. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normalizeTag).filter(Boolean))];
}

/** The `#tags` written in a note's text ("see #method and #open-data" → ["method", "open-data"]). */
export function extractTags(text: string): string[] {
  return normalizeTags([...text.matchAll(/(?:^|[\s(])#([\p{L}\p{N}][\p{L}\p{N}_-]*)/gu)].map((m) => m[1]!));
}
