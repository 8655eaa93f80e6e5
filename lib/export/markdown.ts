/**
 * Crux's notes as one Markdown file that reads well in Obsidian (and any CommonMark viewer): a reading journal
 * rather than a data format (the lossless format is the Web Annotation JSON, `web-annotation.ts`).
 *
 * One file, because the export is one download and a folder of files would need a zip writer. The file opens with
 * one YAML front matter block (Obsidian shows it as the note's properties: title, export time, counts); front
 * matter per page is not possible in one file (a second `---` block is just a rule and text), so each page is a
 * `##` section whose first line links to the page — Obsidian's outline lists the pages, and "split by heading"
 * tools can turn sections into notes. Each section has the page's notes, then its highlights in page order:
 *
 *     ## How tide pools keep their secrets
 *
 *     [example.com](https://example.com/articles/tide-pools)
 *
 *     **Page note** · 2024-05-02 · #ocean
 *
 *     Worth rereading before the field trip.
 *
 *     > Tide pools hold their water between tides.
 *
 *     **Key point** · 2024-05-01 · [open at passage](https://example.com/articles/tide-pools#:~:text=Tide%20pools…) · #method
 *
 *     The note, under its quote.
 *
 * Text that is not the reader's (titles, quotes, sites) is escaped so it shows as written. Notes are the reader's
 * own and may use Markdown (emphasis, links, lists), so they are kept as written except where a line could break
 * the file's structure: a heading (`# `), a rule or heading underline (`---`, `===`), a quote (`>`), a code fence,
 * an HTML block (`<`; Crux notes are plain text, so every `<` is escaped), a link definition (`[x]: …`), or an
 * Obsidian comment or math block (`%%`, `$$`) left open would swallow what follows. Deleted notes are left out.
 * Dates are UTC days, so the same notes always give the same file.
 */
import { findPositionSelector, findQuoteSelector } from '../anchoring/describe';
import { colourInfo } from '../db/colours';
import type { ExportData } from '../db/export-query';
import type { Highlight, PageNote, PageRecord } from '../db/types';
import { linkToQuote } from './text-fragment';

/** Options of a Markdown export. */
export interface MarkdownOptions {
  /** When the export is made (front matter `exported`); a parameter so output is reproducible. */
  now: number;
}

/** ASCII punctuation that means something inline in CommonMark or Obsidian (emphasis, links, code, HTML, tags, `==`, `~~`, `%%`, `$`). */
const INLINE_SPECIALS = /[\\`*_[\]<>#|~=$%&!]/g;

/** Escapes text that must show as written (a title, a quote, a site) in a line of Markdown. */
export function escapeInline(text: string): string {
  const escaped = text.replace(/\s+/g, ' ').trim().replace(INLINE_SPECIALS, '\\$&');
  // At the start of a line, `-`, `+` and `1.` start a list.
  return escaped.replace(/^([-+]|\d+(?=[.)]))/, (marker) => (/\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}

/** Escapes one line of a note where it could start a block that breaks the file's structure. */
function escapeNoteLine(line: string): string {
  const escaped = line.replace(/</g, '\\<').replace(/%%/g, '\\%\\%').replace(/\$\$/g, '\\$\\$');
  return (
    escaped
      // ATX heading (`# `, `## `; a `#tag` stays a tag).
      .replace(/^(\s*)(#{1,6})(?=\s|$)/, '$1\\$2')
      // Block quote, code fence.
      .replace(/^(\s*)(>|```|~~~)/, '$1\\$2')
      // Rule or setext heading underline: a line of only `-`, `=`, `*` or `_` (and spaces).
      .replace(/^(\s*)([-=*_])(?=[-=*_\s]*$)/, '$1\\$2')
      // Link reference or footnote definition (`[x]: …`), which would vanish from the view.
      .replace(/^(\s*)\[(?=[^\]]*\]:)/, '$1\\[')
  );
}

/** A note's text as Markdown: its lines kept, each made safe for the structure around it. */
export function escapeNote(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map(escapeNoteLine).join('\n').trim();
}

/** A link destination safe inside `(…)`: spaces, brackets and parentheses percent-encoded. */
function href(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A tag as an Obsidian tag: `#` and the tag with characters Obsidian does not allow in tags made `-`. */
function tagOf(tag: string): string {
  return `#${tag.replace(/[^\p{L}\p{N}_/-]/gu, '-')}`;
}

/** A time as a UTC day (`2024-05-01`). */
function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The meta line under a quote or above a page note: label, day, link, tags, joined by middots. */
function metaLine(label: string, created: number, tags: readonly string[], link?: string): string {
  const parts = [`**${label}**`, day(created)];
  if (link !== undefined) parts.push(`[open at passage](${href(link)})`);
  if (tags.length > 0) parts.push(tags.map(tagOf).join(' '));
  return parts.join(' · ');
}

/** A page note as Markdown blocks. */
function pageNoteBlocks(note: PageNote): string[] {
  const text = escapeNote(note.text);
  return [metaLine('Page note', note.created, note.tags), ...(text === '' ? [] : [text])];
}

/** A highlight as Markdown blocks: the quote, its meta line, its note. */
function highlightBlocks(highlight: Highlight): string[] {
  const quote = findQuoteSelector(highlight.selectors);
  // The page key is the address without tracking parameters; a key that is not a web address (rare) gives way
  // to the URL the highlight was made at.
  const base = /^https?:\/\//.test(highlight.pageKey) ? highlight.pageKey : highlight.url;
  const link = linkToQuote(base, quote ?? { exact: highlight.quote, prefix: '', suffix: '' });
  const note = escapeNote(highlight.note);
  return [
    `> ${escapeInline(highlight.quote)}`,
    metaLine(colourInfo(highlight.colour).label, highlight.created, highlight.tags, link),
    ...(note === '' ? [] : [note]),
  ];
}

/** Order of a page's highlights: where they start in the page, then when they were made. */
function byPosition(a: Highlight, b: Highlight): number {
  const start = (h: Highlight): number => findPositionSelector(h.selectors)?.start ?? Number.MAX_SAFE_INTEGER;
  return start(a) - start(b) || a.created - b.created || (a.id < b.id ? -1 : 1);
}

/** A page's section: heading, link, page notes (oldest first), highlights (page order). */
function pageSection(key: string, page: PageRecord | undefined, highlights: Highlight[], notes: PageNote[]): string[] {
  const title = page?.title || key;
  const site = page?.site || key;
  const blocks = [`## ${escapeInline(title)}`, `[${escapeInline(site)}](${href(key)})`];
  for (const note of [...notes].sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1)))
    blocks.push(...pageNoteBlocks(note));
  for (const highlight of [...highlights].sort(byPosition)) blocks.push(...highlightBlocks(highlight));
  return blocks;
}

/**
 * The Markdown file for some notes.
 *
 * Steps: leave out deleted notes; group the rest by page; order pages by when they were first seen (then key);
 * write the front matter, then one section per page (page notes, then highlights in page order).
 * @returns the file's text (front matter and "No notes." when there are none)
 */
export function toMarkdown(data: ExportData, options: MarkdownOptions): string {
  const highlights = data.highlights.filter((h) => h.deletedAt === undefined);
  const notes = data.pageNotes.filter((n) => n.deletedAt === undefined);
  const pages = new Map(data.pages.map((page) => [page.key, page]));
  const groups = new Map<string, { highlights: Highlight[]; notes: PageNote[]; first: number }>();
  const groupOf = (note: Highlight | PageNote) => {
    let group = groups.get(note.pageKey);
    if (!group)
      groups.set(
        note.pageKey,
        (group = { highlights: [], notes: [], first: pages.get(note.pageKey)?.firstSeen ?? note.created }),
      );
    return group;
  };
  for (const highlight of highlights) groupOf(highlight).highlights.push(highlight);
  for (const note of notes) groupOf(note).notes.push(note);
  const ordered = [...groups].sort(([keyA, a], [keyB, b]) => a.first - b.first || (keyA < keyB ? -1 : 1));

  const frontMatter = [
    '---',
    'title: Crux notes',
    `exported: ${new Date(options.now).toISOString()}`,
    `pages: ${ordered.length}`,
    `highlights: ${highlights.length}`,
    `page-notes: ${notes.length}`,
    '---',
  ].join('\n');
  const blocks =
    ordered.length === 0
      ? ['No notes.']
      : ordered.flatMap(([key, group]) => pageSection(key, pages.get(key), group.highlights, group.notes));
  return `${frontMatter}\n\n${blocks.join('\n\n')}\n`;
}
