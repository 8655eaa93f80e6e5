import { describe, expect, it } from 'vitest';
import { formatTagField, parseTagField, tagsFromEditor } from '@/lib/highlights/tags';

describe('tags typed in a note editor', () => {
  it('splits the tags field on commas and spaces, with or without #', () => {
    expect(parseTagField('climate, Policy  #2026,,')).toEqual(['climate', 'policy', '2026']);
  });

  it('adds the note’s #hashtags after the field’s tags, once each', () => {
    expect(tagsFromEditor('policy', 'Check the #budget figures against #Policy')).toEqual(['policy', 'budget']);
  });

  it('gives no tags for empty input', () => {
    expect(tagsFromEditor('  ', 'no tags here')).toEqual([]);
  });

  it('shows tags space-separated so they parse back the same', () => {
    expect(parseTagField(formatTagField(['a', 'b-c']))).toEqual(['a', 'b-c']);
  });
});
