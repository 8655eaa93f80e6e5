/**
 * The library's data, wired to the store. The library is an extension page, so it opens the database itself (the
 * same Dexie module as the background) rather than asking the background for every keystroke: a search is one
 * IndexedDB transaction in this page, with no message round trip or structured clone of the hits, and the visible
 * query runs again when anything changes (`watchStore`) — a highlight saved in another tab appears without a reload.
 * Searches as typed are answered from an in-memory index of every note (`lib/db/live-index.ts`), loaded in the
 * background once the first screen is shown: ~1 ms a query instead of 40–60 ms for IndexedDB round trips. Until it
 * is ready, or if it could not be built, they go to the store (`searchNotes`) with the same results.
 * Only what needs the browser's tabs (opening a note's page and painting it) goes through the background.
 *
 * Written against {@link LibrarySource}, so the App's tests run it over fake-indexeddb (or a fake) without a browser.
 */
import { findQuoteSelector } from '@/lib/anchoring/describe';
import type { ColourName } from '@/lib/db/colours';
import { collectForExport, type ExportSelection } from '@/lib/db/export-query';
import type { ImportSummary } from '@/lib/db/import';
import { listDeleted, purgeNote, RETENTION_MS, type DeletedNote } from '@/lib/db/trash';
import { catchUpWords } from '@/lib/db/word-index';
import { isOpenableUrl } from '@/lib/url/scheme';
import { chooseImportSession } from './import-client';
import { createImportSession, type ImportFailure, type ImportProgress, type ImportSession } from './import-session';
import {
  deleteHighlight,
  purgeDeleted,
  deletePageNote,
  restoreHighlight,
  restorePageNote,
  updateHighlight,
  updatePageNote,
  type HighlightChanges,
  type PageNoteChanges,
} from '@/lib/db/notes';
import { createLiveNoteIndex, type LiveIndexMark } from '@/lib/db/live-index';
import { searchIndex } from '@/lib/db/memory-index';
import type { CruxDb } from '@/lib/db/schema';
import { searchNotes, type NoteHit, type SearchFilters, type SearchResult } from '@/lib/db/search';
import type { Highlight, PageNote } from '@/lib/db/types';
import { watchStore } from '@/lib/db/watch';
import { toMarkdown } from '@/lib/export/markdown';
import { linkToQuote } from '@/lib/export/text-fragment';
import { serializeWebAnnotations, toWebAnnotations } from '@/lib/export/web-annotation';
import type { OpenNoteOutcome, OpenNoteRequest } from '@/lib/messaging/protocol';
import { err, ok, type Result } from '@/lib/result';
import type { StoreError } from '@/lib/db/errors';
import { importErrorSentence, libraryStrings, storeErrorSentence } from '@/lib/strings';

/** A failure as the library shows it. */
export interface LibraryFailure {
  /** One plain sentence (made by `lib/strings.ts` from the error's code). */
  message: string;
}

/** How far back the date filter reaches. */
export type DateRange = 'any' | 'week' | 'month' | 'year';

/** The library's filters, as the reader sets them. */
export interface LibraryFilters {
  /** Only notes on this site. */
  site?: string;
  /** Only highlights of this colour. */
  colour?: ColourName;
  /** Only notes with this tag. */
  tag?: string;
  /** Only notes made in this period (default any time). */
  range?: DateRange;
}

/** What the library shows: the search box's text, the filters and how many notes to show. */
export interface LibraryQuery {
  /** The search text (words of quotes, notes, tags and page titles). */
  text: string;
  /** The filters. */
  filters: LibraryFilters;
  /** How many notes to show (grows with "Show more"). */
  limit: number;
}

/** The sites and tags the notes have, for the filter menus. */
export interface Facets {
  /** Sites with notes, in alphabetical order. */
  sites: string[];
  /** Tags in use, in alphabetical order. */
  tags: string[];
}

/** An export format. */
export type ExportFormat = 'markdown' | 'json';

/** Which notes to export. */
export type ExportScope = 'all' | 'results';

/** A file to download. */
export interface ExportFile {
  /** File name, e.g. `crux-notes-2025-03-14.md`. */
  name: string;
  /** MIME type. */
  type: string;
  /** Contents. */
  text: string;
  /** How many notes it holds. */
  count: number;
}

/** A checked import file, not yet written, with what it would do. */
export interface ImportPreview {
  /** The session holding the checked file (in this page, or in the import worker for a large file). */
  session: ImportSession;
  /** What importing would do (new, updated, merged, unchanged). */
  summary: ImportSummary;
}

/** A deleted note as Recently deleted lists it. */
export type { DeletedNote } from '@/lib/db/trash';

/** Everything the library reads and does. */
export interface LibrarySource {
  /**
   * Watches the notes matching a query: `onResult` is called with the first results and again whenever the store
   * changes. @returns a function that stops watching (a stale query never reports after it)
   */
  watch(query: LibraryQuery, onResult: (result: Result<SearchResult, LibraryFailure>) => void): () => void;
  /** Watches the sites and tags in use. @returns a function that stops watching */
  watchFacets(onFacets: (facets: Facets) => void): () => void;
  updateHighlight(id: string, changes: HighlightChanges): Promise<Result<Highlight, LibraryFailure>>;
  deleteHighlight(id: string): Promise<Result<Highlight, LibraryFailure>>;
  restoreHighlight(id: string): Promise<Result<Highlight, LibraryFailure>>;
  updatePageNote(id: string, changes: PageNoteChanges): Promise<Result<PageNote, LibraryFailure>>;
  deletePageNote(id: string): Promise<Result<PageNote, LibraryFailure>>;
  restorePageNote(id: string): Promise<Result<PageNote, LibraryFailure>>;
  /** Opens a note's page in a new tab, at the highlight. */
  openNote(hit: NoteHit): Promise<Result<OpenNoteOutcome, LibraryFailure>>;
  /** Makes an export file of all notes or of the query's results (all of them, not only those shown). */
  exportNotes(
    format: ExportFormat,
    scope: ExportScope,
    query: LibraryQuery,
    includeDeleted?: boolean,
  ): Promise<Result<ExportFile, LibraryFailure>>;
  /**
   * Reads and checks an import file (off the page's thread when over 1 MB) and says what it would do; writes
   * nothing. `onProgress` hears how far the reading and checking are.
   */
  previewImport(
    file: Blob,
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<Result<ImportPreview, LibraryFailure>>;
  /** Imports a checked file, all or nothing. */
  importNotes(preview: ImportPreview): Promise<Result<ImportSummary, LibraryFailure>>;
  /** Watches the deleted notes (Recently deleted), newest deletion first. @returns a function that stops watching */
  watchDeleted(onList: (result: Result<DeletedNote[], LibraryFailure>) => void): () => void;
  /** Removes one deleted note for good. */
  purgeNote(kind: DeletedNote['kind'], id: string): Promise<Result<boolean, LibraryFailure>>;
  /** Removes every deleted note for good. @returns how many */
  purgeAllDeleted(): Promise<Result<number, LibraryFailure>>;
  /** Removes notes deleted more than `RETENTION_DAYS` ago (when the library opens). @returns how many */
  purgeExpired(): Promise<Result<number, LibraryFailure>>;
  /**
   * Writes the word rows of imported notes still pending (`word-index.ts`), as the library opens (an import left
   * unfinished by a closed page) and after each import. @returns how many rows
   */
  catchUpWords(): Promise<Result<number, LibraryFailure>>;
}

/** Milliseconds in a day. */
const DAY = 24 * 60 * 60 * 1000;

/** How far back each date range reaches. */
const RANGE_DAYS: Record<Exclude<DateRange, 'any'>, number> = { week: 7, month: 30, year: 365 };

/** The store's search filters for the library's filters at a time. */
export function searchFilters(filters: LibraryFilters, limit: number, now: number): SearchFilters {
  const range = filters.range ?? 'any';
  return {
    ...(filters.site ? { site: filters.site } : {}),
    ...(filters.colour ? { colour: filters.colour } : {}),
    ...(filters.tag ? { tag: filters.tag } : {}),
    ...(range === 'any' ? {} : { from: now - RANGE_DAYS[range] * DAY }),
    limit,
  };
}

/** Where a note's page is: the URL the note was made at, else the page's latest visit, else its key. */
export function pageUrlOf(hit: NoteHit): string {
  if (hit.kind === 'highlight' && hit.note.url) return hit.note.url;
  return hit.page?.urls[0] ?? hit.note.pageKey;
}

/** The link that opens a note's page at its quote (a text fragment), or at the page for a page note. */
export function noteLink(hit: NoteHit): string {
  const url = pageUrlOf(hit);
  if (hit.kind !== 'highlight') return url;
  const quote = findQuoteSelector(hit.note.selectors);
  return quote ? linkToQuote(url, quote) : url;
}

/** `crux-notes-2025-03-14` (UTC day), the base of export file names. */
function exportBaseName(now: number): string {
  return `crux-notes-${new Date(now).toISOString().slice(0, 10)}`;
}

/** What the library needs from outside the store. */
export interface LibraryDeps {
  /** Opens a note's page (the background's `openNoteInPage`). */
  openNoteInPage(request: OpenNoteRequest): Promise<OpenNoteOutcome>;
  /** The time (a parameter, so tests are reproducible). */
  now?: () => number;
  /** Records a timing mark of the search index (`performance.mark`): loading started, ready, updated. */
  mark?: (name: LiveIndexMark) => void;
  /** The import worker's session, for files over 1 MB (default: none, every file is checked in the page). */
  workerImport?: () => ImportSession;
}

/** The sentence for a failed import step. */
function importFailureSentence(failure: ImportFailure): string {
  if (failure.kind === 'file') return importErrorSentence(failure.error);
  if (failure.kind === 'store') return storeErrorSentence(failure.error);
  return libraryStrings.readFailed;
}

/**
 * Turns a failure into its sentence (`sentence`, of `lib/strings.ts`), and a rejected
 * promise (database gone, background asleep) into the library's failure sentence `failed`.
 */
async function settle<T, E>(
  run: () => Promise<Result<T, E>>,
  failed: string,
  sentence: (error: E) => string,
): Promise<Result<T, LibraryFailure>> {
  try {
    const result = await run();
    return result.ok ? result : err({ message: sentence(result.error) });
  } catch {
    return err({ message: failed });
  }
}

/** The quote of a highlight to reveal when its page opens (nothing for a page note). */
function quoteOf(hit: NoteHit): Pick<OpenNoteRequest, 'quote'> {
  const quote = hit.kind === 'highlight' ? findQuoteSelector(hit.note.selectors) : undefined;
  return quote ? { quote } : {};
}

/** The library's source over a database. */
export function createLibrarySource(db: CruxDb, deps: LibraryDeps): LibrarySource {
  const now = deps.now ?? Date.now;
  const t = libraryStrings;
  const index = createLiveNoteIndex(db, deps.mark);
  const local = createImportSession(db, now);
  /** A change to the store: its failure in the store's sentence, a rejection as the store being unreachable. */
  const store = <T>(run: () => Promise<Result<T, StoreError>>) => settle(run, t.storeUnreachable, storeErrorSentence);
  return {
    watch(query, onResult) {
      const filters = searchFilters(query.filters, query.limit, now());
      const read = async (): Promise<Result<SearchResult, StoreError>> => {
        const built = index.current();
        return built === null ? searchNotes(db, query.text, filters) : ok(searchIndex(built, query.text, filters));
      };
      let shown = false;
      return watchStore(
        read,
        (result) => {
          onResult(
            result.ok
              ? result.value.ok
                ? result.value
                : err({ message: storeErrorSentence(result.value.error) })
              : err({ message: t.searchFailed }),
          );
          // Load the index once the first results are out, in a later task: the first screen never waits for it.
          if (!shown) setTimeout(() => index.start(), 0);
          shown = true;
        },
        (onChange) => index.subscribe(onChange),
      );
    },

    watchFacets(onFacets) {
      return watchStore(
        async () => {
          const [sites, highlightTags, noteTags] = await Promise.all([
            db.pages.orderBy('site').uniqueKeys(),
            db.highlights.orderBy('tags').uniqueKeys(),
            db.pageNotes.orderBy('tags').uniqueKeys(),
          ]);
          const tags = [...new Set([...highlightTags, ...noteTags].map(String))].sort();
          return { sites: sites.map(String).filter(Boolean), tags };
        },
        (result) => onFacets(result.ok ? result.value : { sites: [], tags: [] }),
      );
    },

    updateHighlight: (id, changes) => store(() => updateHighlight(db, id, changes)),
    deleteHighlight: (id) => store(() => deleteHighlight(db, id)),
    restoreHighlight: (id) => store(() => restoreHighlight(db, id)),
    updatePageNote: (id, changes) => store(() => updatePageNote(db, id, changes)),
    deletePageNote: (id) => store(() => deletePageNote(db, id)),
    restorePageNote: (id) => store(() => restorePageNote(db, id)),

    openNote: (hit) =>
      settle(
        async () =>
          // Only web pages are opened: a file: note (or an address from an old import) is shown as text instead.
          isOpenableUrl(pageUrlOf(hit))
            ? ok(await deps.openNoteInPage({ url: noteLink(hit), ...quoteOf(hit) }))
            : err({ code: 'invalid', action: 'load-page' } as StoreError),
        t.openFailed,
        storeErrorSentence,
      ),

    exportNotes: (format, scope, query, includeDeleted = false) =>
      settle(
        async () => {
          const time = now();
          const { limit: _shown, ...filters } = searchFilters(query.filters, 0, time);
          const selection: ExportSelection =
            scope === 'all' ? { kind: 'all', includeDeleted } : { kind: 'search', query: query.text, filters };
          const data = await collectForExport(db, selection);
          if (!data.ok) return data;
          const count = data.value.highlights.length + data.value.pageNotes.length;
          const base = exportBaseName(time);
          return ok(
            format === 'markdown'
              ? {
                  name: `${base}.md`,
                  type: 'text/markdown;charset=utf-8',
                  text: toMarkdown(data.value, { now: time }),
                  count,
                }
              : {
                  name: `${base}.json`,
                  type: 'application/ld+json;charset=utf-8',
                  text: serializeWebAnnotations(toWebAnnotations(data.value, { now: time })),
                  count,
                },
          );
        },
        t.exportFailed,
        storeErrorSentence,
      ),

    previewImport: (file, onProgress) =>
      settle(
        async () => {
          const session = deps.workerImport ? chooseImportSession(file, local, deps.workerImport) : local;
          const summary = await session.preview(file, onProgress);
          return summary.ok ? ok({ session, summary: summary.value }) : summary;
        },
        t.importFailed,
        importFailureSentence,
      ),

    importNotes: async (preview) => {
      const result = await settle(() => preview.session.commit(), t.importFailed, importFailureSentence);
      // The imported notes' word rows follow in the background; the outcome shows at once.
      if (result.ok) void catchUpWords(db);
      return result;
    },

    watchDeleted(onList) {
      return watchStore(
        () => listDeleted(db),
        (result) =>
          onList(
            result.ok
              ? result.value.ok
                ? result.value
                : err({ message: storeErrorSentence(result.value.error) })
              : err({ message: t.searchFailed }),
          ),
      );
    },
    purgeNote: (kind, id) => store(() => purgeNote(db, kind, id)),
    purgeAllDeleted: () => store(() => purgeDeleted(db, Number.POSITIVE_INFINITY)),
    purgeExpired: () => store(() => purgeDeleted(db, now() - RETENTION_MS)),
    catchUpWords: () => store(() => catchUpWords(db)),
  };
}
