/**
 * Tags as the reader types them in a note editor: a tags field ("climate, policy #2026") and #hashtags inside the
 * note itself. Both end up as the store's normalised tags.
 */
import { extractTags, normalizeTags } from '../db/words';

/** Splits a tags field on commas and whitespace; a leading `#` is optional. */
export function parseTagField(field: string): string[] {
  return normalizeTags(field.split(/[\s,]+/));
}

/**
 * The tags of an edited note: those typed in the tags field, then the note's #hashtags not already there.
 * @returns normalised, distinct tags in that order; empty when there are none
 */
export function tagsFromEditor(field: string, note: string): string[] {
  return normalizeTags([...parseTagField(field), ...extractTags(note)]);
}

/** Tags as the editor's field shows them: space-separated. */
export function formatTagField(tags: readonly string[]): string {
  return tags.join(' ');
}
