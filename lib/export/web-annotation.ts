/**
 * Crux's notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), the JSON other annotation tools
 * read and write. One file is one `AnnotationCollection` whose first (and only) `AnnotationPage` embeds every
 * annotation (model §5): the standard container for "a set of annotations in one document", which readers that
 * expect a plain list can still find under `first.items`.
 *
 * - A highlight is an Annotation whose target is its page (`source`, the URL it was made at) narrowed by a
 *   `TextQuoteSelector` and a `TextPositionSelector`; its note is a `TextualBody` with purpose `commenting`, each tag
 *   a `TextualBody` with purpose `tagging`. Motivation: `commenting` when it has a note, else `highlighting`.
 * - A page note is an Annotation whose target is the page alone (`{ source }`, no selector), motivation `commenting`.
 * - What the model has no word for travels in Crux's own terms, prefixed `crux:` and declared in a second
 *   `@context` entry (JSON-LD's way to extend a vocabulary): `crux:colour`, `crux:pageKey`, `crux:pageTitle`,
 *   `crux:site`, `crux:clock` and `crux:revision` (which devices changed it: how an import knows what descends from
 *   what) and, for a note in the trash, `crux:deleted` (when it was deleted). Other tools ignore them.
 *
 * Times are ISO 8601 in UTC with milliseconds (`toISOString`), which is exactly Crux's millisecond times.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/types';
import { findPositionSelector, findQuoteSelector } from '../anchoring/describe';
import type { ExportData } from '../db/export-query';
import type { ClockEntry, Revision } from '../db/revision';
import type { Highlight, PageNote, PageRecord } from '../db/types';

/** The W3C Web Annotation JSON-LD context. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The IRI Crux's own terms expand to. It names a vocabulary; nothing needs to be served there. Changing it would
 * make JSON-LD processors read old files' `crux:` terms as different terms (Crux itself reads the prefix).
 */
export const CRUX_NAMESPACE = 'urn:x-crux:annotation#';

/** The `@context` of Crux's files and of each annotation in them: the W3C context plus the `crux:` prefix. */
export const CRUX_CONTEXT = [ANNOTATION_CONTEXT, { crux: CRUX_NAMESPACE }] as const;

/** The version of Crux's extension terms; a file with a later one was made by a newer Crux. */
export const EXPORT_FORMAT_VERSION = 1;

/** The media type of an export file, for the download. */
export const ANNOTATION_MEDIA_TYPE = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';

/** A text body: a note (`commenting`) or a tag (`tagging`). */
export interface TextualBody {
  /** Discriminator. */
  type: 'TextualBody';
  /** The note's text or the tag. */
  value: string;
  /** What the body is for. */
  purpose: 'commenting' | 'tagging';
  /** The note's media type (plain text: Crux notes are not HTML). Absent on tags. */
  format?: 'text/plain';
}

/** The target of an annotation: a page, or a passage of it. */
export interface AnnotationTarget {
  /** The page's URL. */
  source: string;
  /** How to find the passage (absent for a note about the whole page). */
  selector?: (TextQuoteSelector | TextPositionSelector)[];
}

/** One annotation as Crux writes it. */
export interface WebAnnotation {
  /** The JSON-LD context (so each item can stand alone if cut out of the file). */
  '@context': typeof CRUX_CONTEXT;
  /** `urn:uuid:` and the note's id. */
  id: string;
  /** Discriminator. */
  type: 'Annotation';
  /** Why it was made. */
  motivation: 'highlighting' | 'commenting';
  /** When it was made. */
  created: string;
  /** When it last changed. */
  modified: string;
  /** Its note and tags (absent when it has neither). */
  body?: TextualBody[];
  /** The page, or the passage. */
  target: AnnotationTarget;
  /** The highlight's colour by meaning (`key`, `evidence`, `question`, `disagree`). Highlights only. */
  'crux:colour'?: string;
  /** The page's key in Crux (its normalised URL), which can differ from `target.source`. */
  'crux:pageKey': string;
  /** The page's title. */
  'crux:pageTitle': string;
  /** The page's site (host without `www.`). */
  'crux:site': string;
  /** When it was deleted; present only for notes in the trash. */
  'crux:deleted'?: string;
  /** Its version vector: each device that changed it and how often (absent for a note no device changed). */
  'crux:clock'?: ClockEntry[];
  /** Its latest change: device and count (absent with the clock). */
  'crux:revision'?: Revision;
}

/** A whole export: a collection with one embedded page of annotations. */
export interface AnnotationCollection {
  /** The JSON-LD context. */
  '@context': typeof CRUX_CONTEXT;
  /** The collection's IRI, which the model requires (§5.1): a `urn:uuid:` made for this export. */
  id: string;
  /** Discriminator. */
  type: 'AnnotationCollection';
  /** A human-readable name. */
  label: string;
  /** The software that wrote the file. */
  generator: { type: 'Software'; name: string };
  /** When the file was written. */
  generated: string;
  /** The version of Crux's extension terms (`EXPORT_FORMAT_VERSION`). */
  'crux:formatVersion': number;
  /** How many annotations the file holds. */
  total: number;
  /** The one page of annotations. */
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** Options of an export. */
export interface ExportOptions {
  /** When the export is made (`generated`); a parameter so output is reproducible. */
  now: number;
  /** The collection's id, a UUID (default: a random one; a parameter so output is reproducible). */
  id?: string;
}

/** A time as ISO 8601. */
function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** The body of a note: its text (when not empty) and its tags. */
function bodiesOf(note: string, tags: readonly string[]): TextualBody[] {
  const bodies: TextualBody[] =
    note === '' ? [] : [{ type: 'TextualBody', value: note, purpose: 'commenting', format: 'text/plain' }];
  for (const tag of tags) bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return bodies;
}

/** An annotation from a note's common fields, in the order a reader of the file expects. */
function annotationOf(
  note: Highlight | PageNote,
  page: PageRecord | undefined,
  motivation: WebAnnotation['motivation'],
  bodies: TextualBody[],
  target: AnnotationTarget,
  colour?: string,
): WebAnnotation {
  return {
    '@context': CRUX_CONTEXT,
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    motivation,
    created: isoTime(note.created),
    modified: isoTime(note.modified),
    ...(bodies.length > 0 ? { body: bodies } : {}),
    target,
    ...(colour !== undefined ? { 'crux:colour': colour } : {}),
    'crux:pageKey': note.pageKey,
    'crux:pageTitle': page?.title ?? '',
    'crux:site': note.site,
    ...(note.deletedAt !== undefined ? { 'crux:deleted': isoTime(note.deletedAt) } : {}),
    ...(note.clock !== undefined && note.clock.length > 0 && note.revision !== undefined
      ? {
          'crux:clock': note.clock.map(([device, counter]) => [device, counter] as const),
          'crux:revision': note.revision,
        }
      : {}),
  };
}

/** A highlight as an annotation: its page narrowed by its selectors (quote first, then position). */
export function highlightToAnnotation(highlight: Highlight, page: PageRecord | undefined): WebAnnotation {
  const quote = findQuoteSelector(highlight.selectors);
  const position = findPositionSelector(highlight.selectors);
  // A stored highlight always has a quote selector (`saveHighlight` requires one); the display quote stands in
  // for a record that somehow lost it, so the export stays importable.
  const selector: (TextQuoteSelector | TextPositionSelector)[] = [
    {
      type: 'TextQuoteSelector',
      exact: quote?.exact ?? highlight.quote,
      prefix: quote?.prefix ?? '',
      suffix: quote?.suffix ?? '',
    },
  ];
  if (position) selector.push({ type: 'TextPositionSelector', start: position.start, end: position.end });
  const motivation = highlight.note === '' ? 'highlighting' : 'commenting';
  return annotationOf(
    highlight,
    page,
    motivation,
    bodiesOf(highlight.note, highlight.tags),
    { source: highlight.url, selector },
    highlight.colour,
  );
}

/** A page note as an annotation whose target is the page itself (its key, a clean URL). */
export function pageNoteToAnnotation(note: PageNote, page: PageRecord | undefined): WebAnnotation {
  return annotationOf(note, page, 'commenting', bodiesOf(note.text, note.tags), { source: note.pageKey });
}

/**
 * The export file's content: every given highlight and page note as an annotation, in one collection.
 *
 * Steps: index pages by key; turn highlights, then page notes, into annotations (each with its page's title);
 * wrap them in an `AnnotationPage` inside an `AnnotationCollection` with the generator, time and count.
 * Notes are written as given, including deleted ones (`crux:deleted`): choosing them is `collectForExport`'s job.
 * @returns the document, ready for `JSON.stringify`
 */
export function toWebAnnotations(data: ExportData, options: ExportOptions): AnnotationCollection {
  const pages = new Map(data.pages.map((page) => [page.key, page]));
  const items = [
    ...data.highlights.map((h) => highlightToAnnotation(h, pages.get(h.pageKey))),
    ...data.pageNotes.map((n) => pageNoteToAnnotation(n, pages.get(n.pageKey))),
  ];
  return {
    '@context': CRUX_CONTEXT,
    id: `urn:uuid:${options.id ?? crypto.randomUUID()}`,
    type: 'AnnotationCollection',
    label: 'Crux notes',
    generator: { type: 'Software', name: 'Crux' },
    generated: isoTime(options.now),
    'crux:formatVersion': EXPORT_FORMAT_VERSION,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * The export as the text of a downloadable file (JSON, indented by one space per level: readable, and only a
 * little larger than compact).
 */
export function serializeWebAnnotations(collection: AnnotationCollection): string {
  return `${JSON.stringify(collection, null, 1)}\n`;
}
