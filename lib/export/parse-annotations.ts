/**
 * Reading a Web Annotation file into records Crux can merge. The file may be Crux's own export or another tool's
 * annotations in the W3C model (https://www.w3.org/TR/annotation-model/); everything is checked before anything is
 * written, and the first problem is reported as one plain sentence naming the item (by its position in the file)
 * and what is wrong with it.
 *
 * Accepted shapes: one Annotation; a list of Annotations; an AnnotationPage (`items`); an AnnotationCollection
 * with its first page embedded (`first.items`); and a Hypothesis API search result (`rows`). A collection whose
 * annotations continue on another page (`first` as a link, or `next`) is refused as incomplete.
 *
 * Liberal where the meaning is unambiguous:
 * - `target` may be a URL, an object or a list (the first target that quotes text is used); its page address is
 *   `source` (a URL or `{ id }`), else the target's own `id` when it has no selector, else Hypothesis's `uri`;
 * - `selector` may be one object or a list; a `TextQuoteSelector` is required when any selector is given, a
 *   `TextPositionSelector` is kept when present, other kinds are ignored; no selector at all makes a page note;
 * - `body` may be a string, an object or a list: bodies with purpose `tagging` are tags, other text bodies
 *   (`value`; `bodyValue`; a bare string; a linked resource's `id`) are joined into the note, one paragraph each;
 *   Hypothesis's own `text` and `tags` fields stand in when there is no body.
 *
 * Fields Crux needs and a foreign file lacks get values that do not depend on when the file is imported, so
 * importing the same file twice merges instead of duplicating:
 * - id: a `urn:uuid:` (or bare UUID) id is kept; any other id becomes a name-based UUID of it (`uuid.ts`); an
 *   annotation without an id gets a name-based UUID of its own JSON text;
 * - times: `modified` falls back to `updated` (Hypothesis), then `created`, then the file's `generated` time, then
 *   the epoch (0: "older than anything", so a copy Crux already has always wins); `created` falls back to
 *   `modified`;
 * - colour `key` (or `crux:colour`, through `normalizeColour`), page key from `normalizePageUrl(source)` (or
 *   `crux:pageKey`), site from the key (or `crux:site`), page title from `crux:pageTitle` or Hypothesis's
 *   `document.title`, the word index from `indexWords` as the store computes it.
 *
 * The same id twice in one file: the copy with the later `modified` is kept (the first on a tie), as the merge
 * into the store would decide; the same id on a highlight and on a page note is an error.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/types';
import { normalizeColour } from '../db/colours';
import type { ImportBatch } from '../db/import';
import { displayQuote } from '../db/notes';
import { MAX_PAGE_URLS, type Highlight, type PageNote, type PageRecord } from '../db/types';
import { indexWords, normalizeTags } from '../db/words';
import { err, ok, type Result } from '../result';
import { normalizePageUrl, siteOf } from '../url/normalize';
import { isUuid, nameBasedUuid } from './uuid';
import { EXPORT_FORMAT_VERSION } from './web-annotation';

/** Why a file could not be imported. */
export type ImportErrorCode =
  /** The file has nothing in it (or only whitespace). */
  | 'empty'
  /** The file is larger than `MAX_IMPORT_CHARS`. */
  | 'too-large'
  /** The file is not JSON (damaged, cut off, or another kind of file). */
  | 'not-json'
  /** The file is JSON but holds no annotations. */
  | 'not-annotations'
  /** The file's annotations continue elsewhere, or fewer are in it than it says. */
  | 'incomplete'
  /** The file was written by a newer Crux whose terms this one does not know. */
  | 'newer-version'
  /** One annotation in the file cannot be read. */
  | 'invalid-item';

/** A file that cannot be imported, and why. Nothing was written. */
export interface ImportError {
  /** What went wrong, for code. */
  code: ImportErrorCode;
  /** One plain sentence for the reader. */
  message: string;
  /** The position of the annotation at fault (1 for the first), for `invalid-item`. */
  item?: number;
}

/**
 * The largest file Crux reads, in characters (about as many bytes): 10,000 notes export to about 15 MB, so this
 * leaves room for long notes while refusing files that would stall the page parsing them.
 */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

/** The byte order mark some editors put at the start of a UTF-8 file. */
const BYTE_ORDER_MARK = '\uFEFF';

/** How much of a value a message quotes before cutting it short. */
const QUOTED_VALUE_LENGTH = 40;

/** A JSON object. */
type JsonObject = Record<string, unknown>;

/** Whether a value is a JSON object (not a list, not null). */
function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a JSON-LD `type` (a string or a list) names a class, with or without the `oa:` prefix. */
function hasType(value: unknown, name: string): boolean {
  const type = isObject(value) ? (value.type ?? value['@type']) : undefined;
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => t === name || t === `oa:${name}`);
}

/** A value as a list: lists as they are, one value as a list of one, absent as empty. */
function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A value quoted for a message, cut short when long. */
function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `“${text.length > QUOTED_VALUE_LENGTH ? `${text.slice(0, QUOTED_VALUE_LENGTH)}…` : text}”`;
}

/** What a JSON value is, in words ("a number", "a list"). */
function kindOf(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a piece of text';
  return `a ${typeof value}`;
}

/** Whether a value looks like an annotation (so a list of them is an annotation file, not some other JSON). */
function looksLikeAnnotation(value: unknown): boolean {
  return isObject(value) && (hasType(value, 'Annotation') || 'target' in value);
}

/** The failure for a file that is not an annotation file. */
function notAnnotations(reason: string): { ok: false; error: ImportError } {
  return err({ code: 'not-annotations', message: `This file is not a Web Annotation export: ${reason}.` });
}

/** The failure for one annotation. */
function badItem(item: number, problem: string): { ok: false; error: ImportError } {
  return err({ code: 'invalid-item', item, message: `Nothing was imported, because item ${item} ${problem}.` });
}

/** A time from an ISO 8601 string. @returns undefined when absent, null when present but not a date */
function parseTime(value: unknown): number | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** The annotations of a file, where they are in it, and the file's own time (for annotations without one). */
interface FileItems {
  /** The annotations, as found. */
  items: unknown[];
  /** The file's `generated` time, if it gives one. */
  generated?: number;
}

/** The annotations of an `AnnotationPage` (items), refusing a page that says more follow. */
function pageItems(page: JsonObject): Result<unknown[], ImportError> {
  if (page.next !== undefined && page.next !== null) {
    return err({
      code: 'incomplete',
      message:
        'This file holds only the first page of a longer set of annotations (it links to a next page), so nothing was imported.',
    });
  }
  if (!Array.isArray(page.items)) return notAnnotations('its page of annotations has no list of items');
  return ok(page.items);
}

/** Finds the annotations in a parsed file, whichever accepted shape it has. */
function findItems(value: unknown): Result<FileItems, ImportError> {
  if (Array.isArray(value)) {
    if (value.length === 0) return notAnnotations('it is an empty list');
    if (!value.some(looksLikeAnnotation)) {
      const kinds = new Set(value.map(kindOf));
      return notAnnotations(
        kinds.size === 1
          ? `it is a list of items that are each ${[...kinds][0]}, not annotations`
          : 'none of the items in its list is an annotation',
      );
    }
    return ok({ items: value });
  }
  if (!isObject(value)) return notAnnotations(`it holds ${kindOf(value)}, not annotations`);
  const generated = parseTime(value.generated) ?? undefined;
  const version = value['crux:formatVersion'];
  if (typeof version === 'number' && version > EXPORT_FORMAT_VERSION) {
    return err({
      code: 'newer-version',
      message: 'This file was made by a newer version of Crux; update Crux to import it. Nothing was imported.',
    });
  }
  if (hasType(value, 'AnnotationCollection')) {
    const total = value.total;
    if (value.first === undefined && total === 0) return ok({ items: [], generated });
    if (!isObject(value.first)) {
      return err({
        code: 'incomplete',
        message:
          'This file does not hold its annotations itself (its collection only links to them), so nothing was imported.',
      });
    }
    const items = pageItems(value.first);
    if (!items.ok) return items;
    if (typeof total === 'number' && total !== items.value.length) {
      return err({
        code: 'incomplete',
        message: `This file is incomplete: it says it holds ${total} annotations but ${items.value.length} ${items.value.length === 1 ? 'is' : 'are'} in it, so nothing was imported.`,
      });
    }
    return ok({ items: items.value, generated });
  }
  if (hasType(value, 'AnnotationPage')) {
    const items = pageItems(value);
    return items.ok ? ok({ items: items.value, generated }) : items;
  }
  if (looksLikeAnnotation(value)) return ok({ items: [value], generated });
  if (Array.isArray(value.rows) && value.rows.some(looksLikeAnnotation)) return ok({ items: value.rows, generated });
  if (Array.isArray(value.items) && value.items.some(looksLikeAnnotation)) return ok({ items: value.items, generated });
  return notAnnotations('it has no annotations in it (no “items”, “first” or “target”)');
}

/** One annotation, read: either kind of note before the page records are made. */
type ParsedItem =
  | { kind: 'highlight'; note: Highlight; title: string }
  | { kind: 'pageNote'; note: PageNote; title: string; source: string };

/** Where an annotation points: the page, and the selectors when it narrows to a passage. */
interface ReadTarget {
  /** The page's address. */
  source: string;
  /** The selectors as found (empty for the whole page). */
  selectors: unknown[];
}

/** A target's page address: `source` (a URL or `{ id }`), else its own `id` when it narrows to nothing. */
function sourceOf(target: unknown, hasSelectors: boolean): string | undefined {
  if (typeof target === 'string') return target;
  if (!isObject(target)) return undefined;
  if (typeof target.source === 'string') return target.source;
  if (isObject(target.source) && typeof target.source.id === 'string') return target.source.id;
  return !hasSelectors && typeof target.id === 'string' ? target.id : undefined;
}

/** The selectors of a target, as a list. */
function selectorsOf(target: unknown): unknown[] {
  return isObject(target) ? asList(target.selector) : [];
}

/** Reads an annotation's target (the first that quotes text, else the first). @returns the target, or the problem */
function readTarget(raw: JsonObject): Result<ReadTarget, string> {
  const targets = asList(raw.target);
  if (targets.length === 0)
    return typeof raw.uri === 'string'
      ? ok({ source: raw.uri, selectors: [] })
      : err('has no target (the page it is about)');
  const chosen = targets.find((t) => selectorsOf(t).some((s) => hasType(s, 'TextQuoteSelector'))) ?? targets[0];
  const selectors = selectorsOf(chosen);
  const source = sourceOf(chosen, selectors.length > 0) ?? (typeof raw.uri === 'string' ? raw.uri : undefined);
  if (source === undefined || source.trim() === '') {
    return err(
      isObject(chosen) || typeof chosen === 'string'
        ? 'has no page address in its target (source)'
        : `has a target that is ${kindOf(chosen)}, not a page`,
    );
  }
  try {
    new URL(source.trim());
  } catch {
    return err(`has a page address in its target that is not a web address (${quoted(source)})`);
  }
  return ok({ source: source.trim(), selectors });
}

/** Reads the selectors of a passage. @returns Crux's selectors (quote first), null for the whole page, or the problem */
function readSelectors(
  selectors: readonly unknown[],
): Result<[TextQuoteSelector] | [TextQuoteSelector, TextPositionSelector] | null, string> {
  if (selectors.length === 0) return ok(null);
  const quote = selectors.find((s) => hasType(s, 'TextQuoteSelector')) as JsonObject | undefined;
  if (!quote) return err('points into its page without quoting the text (its target has no TextQuoteSelector)');
  if (typeof quote.exact !== 'string' || quote.exact.trim() === '')
    return err('has no quoted text (the TextQuoteSelector has no “exact”)');
  for (const field of ['prefix', 'suffix'] as const) {
    if (quote[field] !== undefined && typeof quote[field] !== 'string')
      return err(`has a TextQuoteSelector whose ${field} is not text`);
  }
  const exact: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: quote.exact,
    prefix: typeof quote.prefix === 'string' ? quote.prefix : '',
    suffix: typeof quote.suffix === 'string' ? quote.suffix : '',
  };
  const position = selectors.find((s) => hasType(s, 'TextPositionSelector')) as JsonObject | undefined;
  if (!position) return ok([exact]);
  const { start, end } = position;
  if (
    !Number.isSafeInteger(start) ||
    !Number.isSafeInteger(end) ||
    (start as number) < 0 ||
    (start as number) > (end as number)
  ) {
    return err('has a TextPositionSelector whose start and end are not positions in the page');
  }
  return ok([exact, { type: 'TextPositionSelector', start: start as number, end: end as number }]);
}

/** An annotation's note and tags. */
interface ReadBody {
  /** The note (text bodies joined, one paragraph each); empty for none. */
  note: string;
  /** The tags, as written (normalised later). */
  tags: string[];
}

/** Reads an annotation's bodies (or Hypothesis's `text` and `tags`). @returns the note and tags, or the problem */
function readBody(raw: JsonObject): Result<ReadBody, string> {
  const parts: string[] = [];
  const tags: string[] = [];
  const bodies = asList(raw.body);
  if (typeof raw.bodyValue === 'string') parts.push(raw.bodyValue);
  if (bodies.length === 0 && raw.bodyValue === undefined) {
    if (raw.text !== undefined && typeof raw.text !== 'string') return err('has a note (text) that is not text');
    if (typeof raw.text === 'string' && raw.text !== '') parts.push(raw.text);
    for (const tag of asList(raw.tags)) {
      if (typeof tag !== 'string') return err('has a tag that is not text (tags)');
      tags.push(tag);
    }
  }
  for (const [i, body] of bodies.entries()) {
    const which = bodies.length > 1 ? ` (body ${i + 1})` : '';
    if (typeof body === 'string') {
      parts.push(body);
      continue;
    }
    if (!isObject(body)) return err(`has a body${which} that is ${kindOf(body)}, not a note or a tag`);
    const isTag = asList(body.purpose).some((p) => p === 'tagging' || p === 'oa:tagging');
    const text =
      typeof body.value === 'string' ? body.value : typeof body.id === 'string' && !isTag ? body.id : undefined;
    if (text === undefined)
      return err(
        isTag ? `has a tag${which} with no text (value)` : `has a body${which} with no text Crux can read (value)`,
      );
    if (isTag) tags.push(text);
    else if (text !== '') parts.push(text);
  }
  return ok({ note: parts.join('\n\n'), tags });
}

/** A page title from Crux's `crux:pageTitle` or Hypothesis's `document.title` (a string or a list). */
function titleOf(raw: JsonObject): string {
  if (typeof raw['crux:pageTitle'] === 'string') return raw['crux:pageTitle'];
  const title = isObject(raw.document) ? asList(raw.document.title)[0] : undefined;
  return typeof title === 'string' ? title.trim() : '';
}

/** The Crux id of an annotation: its UUID, or a name-based UUID of its foreign id or, lacking one, of its JSON. */
function cruxId(raw: JsonObject): Result<string, string> {
  const id = raw.id ?? raw['@id'];
  if (id === undefined || id === null) return ok(nameBasedUuid(`json:${JSON.stringify(raw)}`));
  if (typeof id !== 'string' || id.trim() === '') return err('has an id that is not text');
  const uuid = id.trim().replace(/^urn:uuid:/i, '');
  return ok(isUuid(uuid) ? uuid.toLowerCase() : nameBasedUuid(`id:${id.trim()}`));
}

/**
 * Reads one annotation into a Crux note.
 *
 * Steps: check it is an annotation; id; target and selectors (a quote makes a highlight, none a page note);
 * bodies; times with their fallbacks; Crux's own terms; then the record with normalised tags and its words.
 * @returns the note with its page's title, or the problem as the end of a sentence ("has no target …")
 */
function readItem(raw: unknown, generated: number | undefined): Result<ParsedItem, string> {
  if (!isObject(raw)) return err(`is ${kindOf(raw)}, not an annotation`);
  if (!looksLikeAnnotation(raw) && raw.uri === undefined) return err('is not an annotation (it has no target)');
  const id = cruxId(raw);
  if (!id.ok) return id;
  const target = readTarget(raw);
  if (!target.ok) return target;
  const selectors = readSelectors(target.value.selectors);
  if (!selectors.ok) return selectors;
  const body = readBody(raw);
  if (!body.ok) return body;

  const created = parseTime(raw.created);
  if (created === null) return err(`has a creation date (created) that is not a date (${quoted(raw.created)})`);
  const modifiedField = raw.modified !== undefined ? 'modified' : 'updated';
  const modifiedGiven = parseTime(raw[modifiedField]);
  if (modifiedGiven === null)
    return err(`has a change date (${modifiedField}) that is not a date (${quoted(raw[modifiedField])})`);
  const deletedAt = parseTime(raw['crux:deleted']);
  if (deletedAt === null)
    return err(`has a deletion date (crux:deleted) that is not a date (${quoted(raw['crux:deleted'])})`);
  const modified = modifiedGiven ?? created ?? generated ?? 0;

  const givenKey = raw['crux:pageKey'];
  if (givenKey !== undefined && (typeof givenKey !== 'string' || givenKey.trim() === ''))
    return err('has a page key (crux:pageKey) that is not text');
  const pageKey = givenKey ?? normalizePageUrl(target.value.source).key;
  const site = typeof raw['crux:site'] === 'string' ? raw['crux:site'] : siteOf(pageKey);
  const tags = normalizeTags(body.value.tags);
  const { note } = body.value;
  const common = {
    id: id.value,
    pageKey,
    site,
    tags,
    created: created ?? modified,
    modified,
    ...(deletedAt !== undefined ? { deletedAt } : {}),
  };
  const title = titleOf(raw);

  if (selectors.value === null) {
    if (note.trim() === '' && tags.length === 0)
      return err('has nothing to import: no quoted text, no note and no tags');
    return ok({
      kind: 'pageNote',
      title,
      source: target.value.source,
      note: { ...common, text: note, words: indexWords(note, tags.join(' ')) },
    });
  }
  const quote = displayQuote(selectors.value[0].exact);
  const highlight: Highlight = {
    ...common,
    url: target.value.source,
    quote,
    selectors: selectors.value,
    colour: normalizeColour(raw['crux:colour']),
    note,
    words: indexWords(quote, note, tags.join(' ')),
  };
  return ok({ kind: 'highlight', title, note: highlight });
}

/** A page record built from the notes a file has on it. */
interface PageDraft {
  /** The record so far. */
  page: PageRecord;
  /** The `modified` time of the note whose title the record has. */
  titleTime: number;
  /** Visited URLs with the latest time each was used. */
  urls: Map<string, number>;
}

/** Adds one note's page information to the page drafts. */
function addToPage(drafts: Map<string, PageDraft>, item: ParsedItem): void {
  const { note, title } = item;
  const url = item.kind === 'highlight' ? item.note.url : item.source;
  let draft = drafts.get(note.pageKey);
  if (!draft) {
    draft = {
      page: {
        key: note.pageKey,
        site: note.site,
        title: '',
        urls: [],
        firstSeen: note.created,
        lastSeen: note.modified,
        words: [],
      },
      titleTime: -Infinity,
      urls: new Map(),
    };
    drafts.set(note.pageKey, draft);
  }
  const { page } = draft;
  page.firstSeen = Math.min(page.firstSeen, note.created);
  page.lastSeen = Math.max(page.lastSeen, note.modified);
  // The title of the most recently changed note that names one: the page's latest known title.
  if (title !== '' && note.modified > draft.titleTime) {
    page.title = title;
    draft.titleTime = note.modified;
  }
  draft.urls.set(url, Math.max(draft.urls.get(url) ?? -Infinity, note.modified));
}

/** The finished page record: words of its title, its URLs newest first. */
function finishPage(draft: PageDraft): PageRecord {
  const urls = [...draft.urls]
    .sort((a, b) => b[1] - a[1])
    .map(([url]) => url)
    .slice(0, MAX_PAGE_URLS);
  return { ...draft.page, urls, words: indexWords(draft.page.title) };
}

/**
 * Checks and converts a parsed JSON value (the content of an annotation file) into records to merge.
 *
 * Steps: find the annotations (whichever accepted shape); read each one, stopping at the first problem; resolve
 * ids repeated in the file (the later `modified` wins); build one page record per page key.
 * @returns the batch (empty lists for an empty collection), or the first problem as a sentence
 */
export function parseAnnotations(value: unknown): Result<ImportBatch, ImportError> {
  const found = findItems(value);
  if (!found.ok) return found;
  const { items, generated } = found.value;
  // The copy kept for each id, per kind, with its position in the file.
  const kept = {
    highlight: new Map<string, [ParsedItem, number]>(),
    pageNote: new Map<string, [ParsedItem, number]>(),
  };
  for (const [i, raw] of items.entries()) {
    const read = readItem(raw, generated);
    if (!read.ok) return badItem(i + 1, read.error);
    const item = read.value;
    const clash = kept[item.kind === 'highlight' ? 'pageNote' : 'highlight'].get(item.note.id);
    if (clash)
      return badItem(
        i + 1,
        `has the same id as item ${clash[1]}, which is a different kind of note (a highlight and a page note)`,
      );
    const same = kept[item.kind];
    const earlier = same.get(item.note.id);
    if (!earlier || item.note.modified > earlier[0].note.modified) same.set(item.note.id, [item, i + 1]);
  }
  const drafts = new Map<string, PageDraft>();
  const highlights: Highlight[] = [];
  const pageNotes: PageNote[] = [];
  for (const [item] of [...kept.highlight.values(), ...kept.pageNote.values()]) {
    addToPage(drafts, item);
    if (item.kind === 'highlight') highlights.push(item.note);
    else pageNotes.push(item.note);
  }
  return ok({ pages: [...drafts.values()].map(finishPage), highlights, pageNotes });
}

/** The line of a character offset in a text (1 for the first). */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Says where JSON text stops being valid, from the engine's message (which differs between browsers). */
function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of (JSON input|data)|unexpected EOF|unterminated/i.test(message))
    return 'it stops in the middle, as if the file was cut off';
  const position = /position (\d+)/i.exec(message);
  const line = position ? lineAt(text, Number(position[1])) : Number(/line (\d+)/i.exec(message)?.[1] ?? NaN);
  return Number.isFinite(line) ? `the text is not valid JSON near line ${line}` : 'the text is not valid JSON';
}

/**
 * Checks and converts the text of a file the reader chose.
 *
 * Steps: drop a byte order mark; refuse an empty or oversized file; parse JSON (saying where it breaks); then
 * `parseAnnotations`.
 * @returns the batch to merge with `importAnnotations`, or the reason in one sentence (nothing is written either way)
 */
export function parseAnnotationFile(text: string): Result<ImportBatch, ImportError> {
  const content = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  if (content.trim() === '')
    return err({ code: 'empty', message: 'This file is empty, so there was nothing to import.' });
  if (content.length > MAX_IMPORT_CHARS) {
    const megabytes = Math.round(content.length / (1024 * 1024));
    return err({
      code: 'too-large',
      message: `This file is too large to import (about ${megabytes} MB); Crux imports files of up to ${MAX_IMPORT_CHARS / (1024 * 1024)} MB.`,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return err({
      code: 'not-json',
      message: `This file is not a Web Annotation export: ${describeJsonError(error, content)}.`,
    });
  }
  return parseAnnotations(value);
}
