/**
 * Invented prose for the store benchmarks: a 3,000-word vocabulary of nonsense words drawn with a Zipf-like skew,
 * as prose is, from a seeded generator so every run fills the database with the same notes. Bundled into the
 * benchmark page with the store code (`bundleForPage`), since the notes are made in the page.
 */

/** Syllables the invented words are made of. */
const SYLLABLES = [
  'ra',
  'to',
  'mi',
  'ven',
  'sol',
  'ke',
  'dra',
  'lin',
  'por',
  'sta',
  'gu',
  'ber',
  'chi',
  'nor',
  'wex',
  'al',
  'tri',
  'mon',
];

/** How many distinct words the vocabulary has. */
const VOCABULARY_SIZE = 3000;

/** A seeded random source and a word drawn from the invented vocabulary. */
export interface InventedWords {
  /** The next number in [0, 1) of the seeded sequence (Park–Miller). */
  random(): number;
  /** The vocabulary, most frequent first. */
  vocabulary: readonly string[];
  /** A word; low ranks come far more often (rank ∝ random³). */
  word(): string;
}

/**
 * Makes the vocabulary from `seed`; `random` then continues the same sequence.
 * @param seed a positive integer
 */
export function inventWords(seed: number): InventedWords {
  let state = seed;
  const random = (): number => (state = (state * 16807) % 2147483647) / 2147483647;
  const vocabulary = Array.from({ length: VOCABULARY_SIZE }, () =>
    Array.from({ length: 2 + Math.floor(random() * 2) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(
      '',
    ),
  );
  return { random, vocabulary, word: () => vocabulary[Math.floor(vocabulary.length * random() ** 3)]! };
}
