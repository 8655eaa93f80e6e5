/** The word index: folding, stems, query splitting and tags. */
import { describe, expect, it } from 'vitest';
import { extractTags, foldWord, indexWords, normalizeTag, normalizeTags, queryTerms } from '@/lib/db/words';

describe('indexWords', () => {
  it('lower-cases, folds diacritics and adds English stems', () => {
    expect(indexWords('Café Arguments')).toEqual(['argument', 'arguments', 'cafe']);
  });

  it('keeps one entry per word across texts, sorted', () => {
    expect(indexWords('river river', 'River', '')).toEqual(['river']);
  });

  it('indexes words of scripts without spaces', () => {
    expect(indexWords('東京の大学').length).toBeGreaterThan(0);
  });
});

describe('foldWord', () => {
  it('folds accents but keeps other scripts', () => {
    expect(foldWord('Éternité')).toBe('eternite');
    expect(foldWord('Москва')).toBe('москва');
  });
});

describe('queryTerms', () => {
  it('treats the last word as still being typed unless a space follows', () => {
    expect(queryTerms('danube cou')).toEqual({ complete: [{ word: 'danube', stem: 'danub' }], partial: 'cou' });
    expect(queryTerms('danube ')).toEqual({ complete: [{ word: 'danube', stem: 'danub' }], partial: null });
  });

  it('has no terms for an empty query', () => {
    expect(queryTerms('  ')).toEqual({ complete: [], partial: null });
  });
});

describe('tags', () => {
  it('normalises a tag as stored', () => {
    expect(normalizeTag('  #Open Data ')).toBe('open-data');
    expect(normalizeTags(['Method', '#method', ' ', 'b'])).toEqual(['method', 'b']);
  });

  it('reads #tags written in a note', () => {
    expect(extractTags('See #Method and (#open-data), not email@x.com#no or # alone')).toEqual(['method', 'open-data']);
  });
});
