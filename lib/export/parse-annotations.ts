/**
 * Reading a Web Annotation file into records Crux can merge. The file may be Crux's own export or another tool's
 * annotations in the W3C model (https://www.w3.org/TR/annotation-model/); everything is checked before anything is
 * written, and the first problem is reported as a value naming the item (by its position in the file) and what is
 * wrong with it; `importErrorSentence` in `lib/strings.ts` says it to the reader in one plain sentence.
 *
 * Accepted shapes: one Annotation; a list of Annotations; an AnnotationPage (`items`); an AnnotationCollection
 * with its first page embedded (`first.items`); a Hypothesis API search result (`rows`); and Hypothesis's own
 * "Export annotations" file (`{ export_date, export_userid, client_version, annotations }`). A collection whose
 * annotations continue on another page (`first` as a link, or `next`) is refused as incomplete.
 *
 * Read as if written by an attacker, before anything is written:
 * - the text's nesting is measured by one scan before `JSON.parse` (`MAX_JSON_DEPTH`), and its size is bounded
 *   (`MAX_IMPORT_CHARS`), so nothing recursive ever meets a file nested 100,000 levels deep;
 * - page addresses must be `http:`, `https:` or `file:` (`lib/url/scheme.ts`), and so must `crux:pageKey`;
 * - colours are compared with the fixed list (`normalizeColour`), never looked up on an object;
 * - dates are clamped to [1990, now + 24 hours]: a file cannot date a note in 9999 (revisions, not dates, decide a
 *   merge, but dates order lists);
 * - revisions (`crux:clock`, `crux:revision`) must be well-formed and bounded (`revision.ts`).
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
import { compareClocks, fileCopyClock, isClock, type Clock, type Revision } from '../db/revision';
import { MAX_PAGE_URLS, type Highlight, type PageNote, type PageRecord } from '../db/types';
import { indexWords, normalizeTags } from '../db/words';
import { err, ok, type Result } from '../result';
import { normalizePageUrl, siteOf } from '../url/normalize';
import { pageSchemeOf, schemeName } from '../url/scheme';
import { isUuid, nameBasedUuid } from './uuid';
import { EXPORT_FORMAT_VERSION } from './web-annotation';

/** What a JSON value is, for a sentence that says what was found instead ("a list", "a number"). */
export type JsonKind =
  /** `null`. */
  | 'null'
  /** An array. */
  | 'list'
  /** An object. */
  | 'object'
  /** A string. */
  | 'text'
  /** Any other value, by its `typeof`. */
  | 'number'
  | 'boolean'
  | 'undefined'
  | 'bigint'
  | 'symbol'
  | 'function';

/** Why a JSON file is not a Web Annotation file. */
export type NotAnnotationsReason =
  /** An empty list. */
  | { reason: 'empty-list' }
  /** A list whose items are all one kind of value, and not annotations. */
  | { reason: 'list-of'; kind: JsonKind }
  /** A list of mixed values, none of them an annotation. */
  | { reason: 'no-annotation-in-list' }
  /** Not an object or a list. */
  | { reason: 'holds'; kind: JsonKind }
  /** An AnnotationPage without an `items` list. */
  | { reason: 'page-without-items' }
  /** An object with none of `items`, `first` or `target`. */
  | { reason: 'no-annotations' };

/** Why a file's annotations are not all in it. */
export type IncompleteReason =
  /** An AnnotationPage that links to a next page. */
  | { reason: 'next-page' }
  /** An AnnotationCollection whose first page is a link, not embedded. */
  | { reason: 'linked' }
  /** An AnnotationCollection whose `total` differs from the annotations in it. */
  | { reason: 'count'; said: number; found: number };

/** The date fields of an annotation. */
export type DateField = 'created' | 'modified' | 'updated' | 'crux:deleted';

/**
 * What is wrong with one annotation. `value` fields hold the offending value as text (JSON for anything but a
 * string), for the sentence to quote; `body` is the body's position (1 for the first) when there are several.
 */
export type ItemProblem =
  /** Not an object. */
  | { problem: 'not-object'; kind: JsonKind }
  /** An object with no target (and no Hypothesis `uri`). */
  | { problem: 'not-annotation' }
  /** An `id` that is not a non-empty string. */
  | { problem: 'id-not-text' }
  /** No target at all. */
  | { problem: 'no-target' }
  /** A target with no page address. */
  | { problem: 'no-source' }
  /** A target that is neither a URL nor an object. */
  | { problem: 'target-not-page'; kind: JsonKind }
  /** A page address that is not a URL. */
  | { problem: 'source-not-url'; value: string }
  /** A page address whose scheme is not `http:`, `https:` or `file:` (`data`, `javascript`, `chrome`, …). */
  | { problem: 'unsafe-scheme'; field: 'source' | 'crux:pageKey'; scheme: string }
  /** A `crux:clock` or `crux:revision` that is not a well-formed revision. */
  | { problem: 'bad-revision' }
  /** Selectors without a TextQuoteSelector. */
  | { problem: 'no-quote-selector' }
  /** A TextQuoteSelector without `exact` text. */
  | { problem: 'no-exact' }
  /** A TextQuoteSelector whose prefix or suffix is not a string. */
  | { problem: 'context-not-text'; field: 'prefix' | 'suffix' }
  /** A TextPositionSelector whose start and end are not positions. */
  | { problem: 'bad-position' }
  /** Hypothesis's `text` that is not a string. */
  | { problem: 'text-not-text' }
  /** One of Hypothesis's `tags` that is not a string. */
  | { problem: 'tag-not-text' }
  /** A body that is neither a string nor an object. */
  | { problem: 'body-not-object'; kind: JsonKind; body?: number }
  /** A tagging body with no text. */
  | { problem: 'tag-without-text'; body?: number }
  /** Another body with no text. */
  | { problem: 'body-without-text'; body?: number }
  /** A date field that is not an ISO 8601 date. */
  | { problem: 'bad-date'; field: DateField; value: string }
  /** A `crux:pageKey` that is not a non-empty string. */
  | { problem: 'page-key-not-text' }
  /** No quote, no note and no tags. */
  | { problem: 'nothing-to-import' }
  /** The same id as an earlier item of the other kind (a highlight and a page note). */
  | { problem: 'id-clash'; other: number };

/** A file that cannot be imported, and why. Nothing was written. */
export type ImportError =
  /** The file has nothing in it (or only whitespace). */
  | { code: 'empty' }
  /** The file is larger than `MAX_IMPORT_CHARS`; sizes in whole megabytes. */
  | { code: 'too-large'; megabytes: number; limitMegabytes: number }
  /** The file's JSON is nested deeper than `MAX_JSON_DEPTH` levels (`line` where it first is). */
  | { code: 'too-deep'; limit: number; line: number }
  /** The file is not JSON: cut off, or broken near a line (when the engine says where). */
  | { code: 'not-json'; cutOff: boolean; line?: number }
  /** The file is JSON but holds no annotations. */
  | ({ code: 'not-annotations' } & NotAnnotationsReason)
  /** The file's annotations continue elsewhere, or fewer are in it than it says. */
  | ({ code: 'incomplete' } & IncompleteReason)
  /** The file was written by a newer Crux whose terms this one does not know. */
  | { code: 'newer-version' }
  /** One annotation in the file cannot be read: `item` is its position (1 for the first). */
  | ({ code: 'invalid-item'; item: number } & ItemProblem);

/** Why a file could not be imported. */
export type ImportErrorCode = ImportError['code'];

/**
 * The largest file Crux reads, in characters (about as many bytes): 10,000 notes export to about 15 MB, so this
 * leaves room for long notes while refusing files that would stall the page parsing them.
 */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

/**
 * The deepest nesting of lists and objects a file may have. Crux's own files are 6 levels deep (collection → page →
 * items → annotation → target → selector), Hypothesis's 7; 64 leaves room for any annotation tool, and keeps every
 * recursive step (`JSON.stringify`, structured cloning to and from the import worker) far from the engine's stack
 * limit, which 100,000 levels exceed.
 */
export const MAX_JSON_DEPTH = 64;

/** The earliest date a note can have: older dates in a file are read as this (no annotation predates 1990). */
export const EARLIEST_TIME = Date.UTC(1990, 0, 1);

/** How far past now a date in a file may be (clocks differ a little between devices); later dates become this. */
export const FUTURE_ALLOWANCE_MS = 24 * 60 * 60 * 1000;

/** Options of a parse. */
export interface ParseOptions {
  /** The time now, for clamping dates (default `Date.now()`); a parameter so tests are reproducible. */
  now?: number;
  /** Reports progress through the annotations: `done` of `total` read. Called every `PROGRESS_EVERY` items. */
  onProgress?: (done: number, total: number) => void;
}

/** How many annotations are read between progress reports. */
export const PROGRESS_EVERY = 2000;

/** The byte order mark some editors put at the start of a UTF-8 file. */
const BYTE_ORDER_MARK = '\uFEFF';

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

/** A value as text, for a sentence to quote: a string as it is, anything else as JSON. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** What a JSON value is. */
function kindOf(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'string') return 'text';
  // Only the kinds above and these remain.
  return typeof value as 'number' | 'boolean' | 'undefined' | 'bigint' | 'symbol' | 'function';
}

/** Whether a value looks like an annotation (so a list of them is an annotation file, not some other JSON). */
function looksLikeAnnotation(value: unknown): boolean {
  return isObject(value) && (hasType(value, 'Annotation') || 'target' in value);
}

/** The failure for a file that is not an annotation file. */
function notAnnotations(reason: NotAnnotationsReason): { ok: false; error: ImportError } {
  return err({ code: 'not-annotations', ...reason });
}

/** The failure for one annotation. */
function badItem(item: number, problem: ItemProblem): { ok: false; error: ImportError } {
  return err({ code: 'invalid-item', item, ...problem });
}

/** A time from an ISO 8601 string. @returns undefined when absent, null when present but not a date */
function parseTime(value: unknown): number | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** A time within [1990, now + 24 hours]: a file's dates are believed only within what can be true. */
export function clampTime(ms: number, now: number): number {
  return Math.min(Math.max(ms, EARLIEST_TIME), now + FUTURE_ALLOWANCE_MS);
}

/**
 * How deep a JSON text nests, found by one pass over its characters (strings skipped), stopping at `limit`.
 * @returns null when it stays within the limit, else the line where the nesting first goes past it
 */
export function findTooDeep(text: string, limit: number): number | null {
  let depth = 0;
  let inString = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return line;
    } else if (c === 93 || c === 125) depth--;
  }
  return null;
}

/** Whether a parsed value nests deeper than `limit` (an explicit stack: no recursion at any depth). */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(node))
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
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
    return err({ code: 'incomplete', reason: 'next-page' });
  }
  if (!Array.isArray(page.items)) return notAnnotations({ reason: 'page-without-items' });
  return ok(page.items);
}

/** Finds the annotations in a parsed file, whichever accepted shape it has. */
function findItems(value: unknown): Result<FileItems, ImportError> {
  if (Array.isArray(value)) {
    if (value.length === 0) return notAnnotations({ reason: 'empty-list' });
    if (!value.some(looksLikeAnnotation)) {
      const kinds = new Set(value.map(kindOf));
      return notAnnotations(
        kinds.size === 1 ? { reason: 'list-of', kind: [...kinds][0]! } : { reason: 'no-annotation-in-list' },
      );
    }
    return ok({ items: value });
  }
  if (!isObject(value)) return notAnnotations({ reason: 'holds', kind: kindOf(value) });
  const generated = parseTime(value.generated) ?? undefined;
  const version = value['crux:formatVersion'];
  if (typeof version === 'number' && version > EXPORT_FORMAT_VERSION) {
    return err({ code: 'newer-version' });
  }
  if (hasType(value, 'AnnotationCollection')) {
    const total = value.total;
    if (value.first === undefined && total === 0) return ok({ items: [], generated });
    if (!isObject(value.first)) {
      return err({ code: 'incomplete', reason: 'linked' });
    }
    const items = pageItems(value.first);
    if (!items.ok) return items;
    if (typeof total === 'number' && total !== items.value.length) {
      return err({ code: 'incomplete', reason: 'count', said: total, found: items.value.length });
    }
    return ok({ items: items.value, generated });
  }
  if (hasType(value, 'AnnotationPage')) {
    const items = pageItems(value);
    return items.ok ? ok({ items: items.value, generated }) : items;
  }
  if (looksLikeAnnotation(value)) return ok({ items: [value], generated });
  if (Array.isArray(value.rows) && value.rows.some(looksLikeAnnotation)) return ok({ items: value.rows, generated });
  // Hypothesis's "Export annotations" file: `annotations`, dated by `export_date`.
  if (
    Array.isArray(value.annotations) &&
    (value.annotations.length === 0 || value.annotations.some(looksLikeAnnotation))
  )
    return ok({ items: value.annotations, generated: generated ?? parseTime(value.export_date) ?? undefined });
  if (Array.isArray(value.items) && value.items.some(looksLikeAnnotation)) return ok({ items: value.items, generated });
  return notAnnotations({ reason: 'no-annotations' });
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
function readTarget(raw: JsonObject): Result<ReadTarget, ItemProblem> {
  const targets = asList(raw.target);
  if (targets.length === 0)
    return typeof raw.uri === 'string' ? ok({ source: raw.uri, selectors: [] }) : err({ problem: 'no-target' });
  const chosen = targets.find((t) => selectorsOf(t).some((s) => hasType(s, 'TextQuoteSelector'))) ?? targets[0];
  const selectors = selectorsOf(chosen);
  const source = sourceOf(chosen, selectors.length > 0) ?? (typeof raw.uri === 'string' ? raw.uri : undefined);
  if (source === undefined || source.trim() === '') {
    return err(
      isObject(chosen) || typeof chosen === 'string'
        ? { problem: 'no-source' }
        : { problem: 'target-not-page', kind: kindOf(chosen) },
    );
  }
  try {
    new URL(source.trim());
  } catch {
    return err({ problem: 'source-not-url', value: source });
  }
  if (pageSchemeOf(source) === null)
    return err({ problem: 'unsafe-scheme', field: 'source', scheme: schemeName(source) });
  return ok({ source: source.trim(), selectors });
}

/** Reads the selectors of a passage. @returns Crux's selectors (quote first), null for the whole page, or the problem */
function readSelectors(
  selectors: readonly unknown[],
): Result<[TextQuoteSelector] | [TextQuoteSelector, TextPositionSelector] | null, ItemProblem> {
  if (selectors.length === 0) return ok(null);
  const quote = selectors.find((s) => hasType(s, 'TextQuoteSelector')) as JsonObject | undefined;
  if (!quote) return err({ problem: 'no-quote-selector' });
  if (typeof quote.exact !== 'string' || quote.exact.trim() === '') return err({ problem: 'no-exact' });
  for (const field of ['prefix', 'suffix'] as const) {
    if (quote[field] !== undefined && typeof quote[field] !== 'string')
      return err({ problem: 'context-not-text', field });
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
    return err({ problem: 'bad-position' });
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
function readBody(raw: JsonObject): Result<ReadBody, ItemProblem> {
  const parts: string[] = [];
  const tags: string[] = [];
  const bodies = asList(raw.body);
  if (typeof raw.bodyValue === 'string') parts.push(raw.bodyValue);
  if (bodies.length === 0 && raw.bodyValue === undefined) {
    if (raw.text !== undefined && typeof raw.text !== 'string') return err({ problem: 'text-not-text' });
    if (typeof raw.text === 'string' && raw.text !== '') parts.push(raw.text);
    for (const tag of asList(raw.tags)) {
      if (typeof tag !== 'string') return err({ problem: 'tag-not-text' });
      tags.push(tag);
    }
  }
  for (const [i, body] of bodies.entries()) {
    const which = bodies.length > 1 ? { body: i + 1 } : {};
    if (typeof body === 'string') {
      parts.push(body);
      continue;
    }
    if (!isObject(body)) return err({ problem: 'body-not-object', kind: kindOf(body), ...which });
    const isTag = asList(body.purpose).some((p) => p === 'tagging' || p === 'oa:tagging');
    const text =
      typeof body.value === 'string' ? body.value : typeof body.id === 'string' && !isTag ? body.id : undefined;
    if (text === undefined) return err({ problem: isTag ? 'tag-without-text' : 'body-without-text', ...which });
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
function cruxId(raw: JsonObject): Result<string, ItemProblem> {
  const id = raw.id ?? raw['@id'];
  if (id === undefined || id === null) return ok(nameBasedUuid(`json:${JSON.stringify(raw)}`));
  if (typeof id !== 'string' || id.trim() === '') return err({ problem: 'id-not-text' });
  const uuid = id.trim().replace(/^urn:uuid:/i, '');
  return ok(isUuid(uuid) ? uuid.toLowerCase() : nameBasedUuid(`id:${id.trim()}`));
}

/**
 * Reads one annotation into a Crux note.
 *
 * Steps: check it is an annotation; id; target and selectors (a quote makes a highlight, none a page note);
 * bodies; times with their fallbacks; Crux's own terms; then the record with normalised tags and its words.
 * @returns the note with its page's title, or the problem
 */
/**
 * A note's revision from Crux's terms (`crux:clock`, `crux:revision`), checked; `undefined` when the annotation has
 * none (another tool's, or an older Crux's): it gets a clock named after its content once that is read.
 */
function readRevision(raw: JsonObject): Result<{ clock: Clock; revision: Revision } | undefined, ItemProblem> {
  const clock = raw['crux:clock'];
  const revision = raw['crux:revision'];
  if (clock === undefined && revision === undefined) return ok(undefined);
  if (!isClock(clock) || !isObject(revision)) return err({ problem: 'bad-revision' });
  const { device, counter } = revision;
  if (typeof device !== 'string' || !Number.isSafeInteger(counter)) return err({ problem: 'bad-revision' });
  // The revision names one change the clock has seen.
  if (!clock.some(([d, n]) => d === device && n === counter)) return err({ problem: 'bad-revision' });
  return ok({ clock: clock.map(([d, n]) => [d, n] as const), revision: { device, counter: counter as number } });
}

function readItem(raw: unknown, generated: number | undefined, now: number): Result<ParsedItem, ItemProblem> {
  if (!isObject(raw)) return err({ problem: 'not-object', kind: kindOf(raw) });
  if (!looksLikeAnnotation(raw) && raw.uri === undefined) return err({ problem: 'not-annotation' });
  const id = cruxId(raw);
  if (!id.ok) return id;
  const target = readTarget(raw);
  if (!target.ok) return target;
  const selectors = readSelectors(target.value.selectors);
  if (!selectors.ok) return selectors;
  const body = readBody(raw);
  if (!body.ok) return body;

  const created = parseTime(raw.created);
  if (created === null) return err({ problem: 'bad-date', field: 'created', value: textOf(raw.created) });
  const modifiedField = raw.modified !== undefined ? 'modified' : 'updated';
  const modifiedGiven = parseTime(raw[modifiedField]);
  if (modifiedGiven === null)
    return err({ problem: 'bad-date', field: modifiedField, value: textOf(raw[modifiedField]) });
  const deletedGiven = parseTime(raw['crux:deleted']);
  if (deletedGiven === null)
    return err({ problem: 'bad-date', field: 'crux:deleted', value: textOf(raw['crux:deleted']) });
  const revision = readRevision(raw);
  if (!revision.ok) return revision;
  const modified = clampTime(modifiedGiven ?? created ?? generated ?? EARLIEST_TIME, now);
  const deletedAt = deletedGiven === undefined ? undefined : clampTime(deletedGiven, now);

  const givenKey = raw['crux:pageKey'];
  if (givenKey !== undefined && (typeof givenKey !== 'string' || givenKey.trim() === ''))
    return err({ problem: 'page-key-not-text' });
  if (givenKey !== undefined && pageSchemeOf(givenKey) === null)
    return err({ problem: 'unsafe-scheme', field: 'crux:pageKey', scheme: schemeName(givenKey) });
  const pageKey = givenKey?.trim() ?? normalizePageUrl(target.value.source).key;
  // The site is derived from the key, never taken from the file: a note is grouped under the page it is on.
  const site = siteOf(pageKey);
  const tags = normalizeTags(body.value.tags);
  const { note } = body.value;
  const common = {
    id: id.value,
    pageKey,
    site,
    tags,
    created: created === undefined ? modified : clampTime(created, now),
    modified,
    ...(deletedAt !== undefined ? { deletedAt } : {}),
  };
  // A copy without revisions is named by what it says, so the same copy imported twice is one revision.
  const revisionOf = (text: string, quote: string, colour: string) =>
    revision.value ??
    fileCopyClock(nameBasedUuid(`content:${JSON.stringify([quote, text, tags, colour, deletedAt !== undefined])}`));
  const title = titleOf(raw);

  if (selectors.value === null) {
    if (note.trim() === '' && tags.length === 0) return err({ problem: 'nothing-to-import' });
    return ok({
      kind: 'pageNote',
      title,
      source: target.value.source,
      note: { ...common, text: note, words: indexWords(note, tags.join(' ')), ...revisionOf(note, '', '') },
    });
  }
  const quote = displayQuote(selectors.value[0].exact);
  const colour = normalizeColour(raw['crux:colour']);
  const highlight: Highlight = {
    ...common,
    url: target.value.source,
    quote,
    selectors: selectors.value,
    colour,
    note,
    words: indexWords(quote, note, tags.join(' ')),
    ...revisionOf(note, quote, colour),
  };
  return ok({ kind: 'highlight', title, note: highlight });
}

/**
 * Whether a copy should stand for its id over another copy in the same file: the one whose revision descends from
 * the other's; between copies changed apart (or without revisions), the later `modified`.
 */
function laterCopy(copy: Highlight | PageNote, other: Highlight | PageNote): boolean {
  const order = compareClocks(copy.clock ?? [], other.clock ?? []);
  if (order === 'after') return true;
  if (order === 'before') return false;
  return copy.modified > other.modified;
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
 * @returns the batch (empty lists for an empty collection), or the first problem
 */
export function parseAnnotations(
  value: unknown,
  options: ParseOptions & { depthChecked?: boolean } = {},
): Result<ImportBatch, ImportError> {
  const now = options.now ?? Date.now();
  // A value not parsed by `parseAnnotationFile` has not had its nesting measured yet: measure it without recursion.
  if (!options.depthChecked && nestsDeeperThan(value, MAX_JSON_DEPTH))
    return err({ code: 'too-deep', limit: MAX_JSON_DEPTH, line: 1 });
  const found = findItems(value);
  if (!found.ok) return found;
  const { items } = found.value;
  const generated = found.value.generated === undefined ? undefined : clampTime(found.value.generated, now);
  // The copy kept for each id, per kind, with its position in the file.
  const kept = {
    highlight: new Map<string, [ParsedItem, number]>(),
    pageNote: new Map<string, [ParsedItem, number]>(),
  };
  for (const [i, raw] of items.entries()) {
    if (i % PROGRESS_EVERY === 0) options.onProgress?.(i, items.length);
    const read = readItem(raw, generated, now);
    if (!read.ok) return badItem(i + 1, read.error);
    const item = read.value;
    const clash = kept[item.kind === 'highlight' ? 'pageNote' : 'highlight'].get(item.note.id);
    if (clash) return badItem(i + 1, { problem: 'id-clash', other: clash[1] });
    const same = kept[item.kind];
    const earlier = same.get(item.note.id);
    if (!earlier || laterCopy(item.note, earlier[0].note)) same.set(item.note.id, [item, i + 1]);
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

/** Where JSON text stops being valid, from the engine's message (which differs between browsers). */
function jsonError(error: unknown, text: string): ImportError {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of (JSON input|data)|unexpected EOF|unterminated/i.test(message)) return { code: 'not-json', cutOff: true };
  const position = /position (\d+)/i.exec(message);
  const line = position ? lineAt(text, Number(position[1])) : Number(/line (\d+)/i.exec(message)?.[1] ?? NaN);
  return Number.isFinite(line) ? { code: 'not-json', cutOff: false, line } : { code: 'not-json', cutOff: false };
}

/**
 * Checks and converts the text of a file the reader chose.
 *
 * Steps: drop a byte order mark; refuse an empty or oversized file; measure its nesting (one scan, before any
 * recursion); parse JSON (saying where it breaks); then `parseAnnotations`.
 * @returns the batch to merge with `importAnnotations`, or the reason (nothing is written either way)
 */
export function parseAnnotationFile(text: string, options: ParseOptions = {}): Result<ImportBatch, ImportError> {
  const content = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  if (content.trim() === '') return err({ code: 'empty' });
  if (content.length > MAX_IMPORT_CHARS) {
    const megabytes = Math.round(content.length / (1024 * 1024));
    return err({ code: 'too-large', megabytes, limitMegabytes: MAX_IMPORT_CHARS / (1024 * 1024) });
  }
  const deepAt = findTooDeep(content, MAX_JSON_DEPTH);
  if (deepAt !== null) return err({ code: 'too-deep', limit: MAX_JSON_DEPTH, line: deepAt });
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return err(jsonError(error, content));
  }
  return parseAnnotations(value, { ...options, depthChecked: true });
}
