/**
 * The reader's selection, as the highlighter accepts it: one non-empty range of the page's own text, inside the
 * body, outside Crux's UI and outside form fields (their text is not part of the page's text model).
 */

/** The attribute that marks Crux's own elements; the anchoring text model skips them too. */
export const IGNORE_ATTRIBUTE = 'data-crux-ignore';

/**
 * The current selection as a range the highlighter can save.
 * @returns a copy of the selection's first range, or null when there is nothing to save
 */
export function readSelection(doc: Document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const body = doc.body;
  if (!body?.contains(range.commonAncestorContainer)) return null;
  const container = range.commonAncestorContainer;
  const element = container.nodeType === Node.ELEMENT_NODE ? (container as Element) : container.parentElement;
  if (element?.closest(`[${IGNORE_ATTRIBUTE}], input, textarea, [contenteditable=""], [contenteditable="true"]`))
    return null;
  if (!/\S/.test(range.toString())) return null;
  return range.cloneRange();
}

/**
 * Where to anchor UI for a range: the rectangle of its last line (the end of the selection, where the pointer
 * usually is after a drag).
 * @returns the rectangle in viewport coordinates, or null when the range has no layout (hidden text)
 */
export function selectionEndRect(range: Range): DOMRect | null {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  const last = rects.at(-1) ?? range.getBoundingClientRect();
  return last.width === 0 && last.height === 0 ? null : last;
}
