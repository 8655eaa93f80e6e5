/**
 * Footnotes that Readability leaves behind. An essay's notes usually sit in their own list after the text
 * (`<section class="footnotes">`, `<ol>` of `<li id="fn1">`), a sibling Readability scores too low to keep, so the
 * body loses them while its note markers ("¹") stay. The markers say where the notes are: this module follows each
 * marker's in-page link to its target in the original page and appends the notes the content lacks, in marker order.
 * Reads the page; changes only Readability's detached content.
 */
import { collapseWhitespace } from './text';

/** At most this many markers are followed (a page with more is a reference list, not an essay's notes). */
const MAX_NOTES = 200;

/** A note shorter than this is not a note (an anchor at the top of a section, a "1" in a list). */
const MIN_NOTE_CHARS = 20;

/** A note marker's text: a number, a letter or a symbol, maybe in brackets ("1", "[2]", "*", "†"). */
const MARKER_TEXT = /^[[(]?\s*([\p{N}]{1,3}|[a-z]|[*†‡§])\s*[\])]?$/u;

/** Class, id or rel tokens that name a note marker, for markers outside `<sup>`. */
const MARKER_HINT = /(^|[^a-z])(fn|fnref|footnote|footnote-ref|noteref|endnote|note-ref)([^a-z]|$)/i;

/** Finds a note's element by the id its marker links to; null when the page has none. */
export type NoteLookup = (id: string) => Element | null;

/**
 * Copies, before Readability changes the page, every note that a marker in the page points at, so that
 * {@link restoreFootnotes} can still find them once the document has been handed to Readability.
 * @param doc the page, about to be changed
 * @returns a lookup over the copied notes (finds nothing when the page has no note markers)
 */
export function snapshotNotes(doc: Document): NoteLookup {
  const notes = new Map<string, Element>();
  for (const link of Array.from(doc.getElementsByTagName('a'))) {
    const href = link.getAttribute('href');
    if (!href?.startsWith('#')) continue;
    const id = decodeId(href.slice(1));
    if (!id || notes.has(id) || !isNoteMarker(link)) continue;
    const note = noteElement(doc.getElementById(id));
    if (note) notes.set(id, note.cloneNode(true) as Element);
    if (notes.size > MAX_NOTES) break;
  }
  return (id) => notes.get(id) ?? null;
}

/**
 * Appends to `content` the footnotes its markers point at when Readability dropped them.
 * @param lookup finds a marker's target in the original page (`(id) => doc.getElementById(id)`, or a
 *   {@link snapshotNotes} taken before Readability ran on the page itself)
 * @param content Readability's detached content, changed in place
 * @returns how many notes were appended (0 when none were missing)
 */
export function restoreFootnotes(lookup: NoteLookup, content: Element): number {
  const targets: string[] = [];
  const seen = new Set<string>();
  for (const link of Array.from(content.querySelectorAll('a[href^="#"]'))) {
    const id = decodeId(link.getAttribute('href')!.slice(1));
    if (!id || seen.has(id) || !isNoteMarker(link)) continue;
    seen.add(id);
    targets.push(id);
    if (targets.length > MAX_NOTES) return 0;
  }
  if (targets.length === 0) return 0;
  // Notes Readability kept still carry their ids (it strips classes only when asked, and never ids).
  const kept = new Set(Array.from(content.querySelectorAll('[id]'), (el) => el.getAttribute('id')));
  const owner = content.ownerDocument;
  const list = owner.createElement('ol');
  for (const id of targets) {
    const note = noteElement(lookup(id));
    if (!note || kept.has(id) || kept.has(note.getAttribute('id'))) continue;
    const copy = owner.importNode(note, true) as Element;
    // Back-links ("↩", "^") return to the marker; they are not part of the note.
    for (const back of Array.from(copy.querySelectorAll('a[href^="#"]'))) {
      if (!/[\p{L}\p{N}]/u.test(back.textContent ?? '')) back.remove();
    }
    const text = collapseWhitespace(copy.textContent ?? '');
    if (text.length < MIN_NOTE_CHARS) continue;
    const item = owner.createElement('li');
    item.textContent = text;
    list.appendChild(item);
  }
  if (!list.firstChild) return 0;
  content.appendChild(list);
  return list.children.length;
}

/** A link that marks a note: short marker text, inside `<sup>` or named as a note reference. */
export function isNoteMarker(link: Element): boolean {
  if (!MARKER_TEXT.test(collapseWhitespace(link.textContent ?? ''))) return false;
  if (link.closest('sup')) return true;
  if (link.getAttribute('role') === 'doc-noteref') return true;
  const hints = `${link.getAttribute('class') ?? ''} ${link.getAttribute('id') ?? ''} ${link.getAttribute('rel') ?? ''}`;
  return MARKER_HINT.test(hints);
}

/** The note for a marker's target: the target itself, or its list item or paragraph when the target is an empty
 * anchor inside it. */
function noteElement(target: Element | null): Element | null {
  if (!target) return null;
  if (collapseWhitespace(target.textContent ?? '').length >= MIN_NOTE_CHARS) return target;
  return target.closest('li, p, dd');
}

function decodeId(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
