/**
 * The notes library: every highlight and page note, newest first, grouped by page; a search box with results as
 * you type; filters by site, colour, tag and date; edit, recolour, delete with Undo; open a note's page at the
 * highlight; export (Markdown, Web Annotation JSON) and import; Recently deleted (restore, or delete for good;
 * purged after 30 days). Keyboard-first: `/` focuses the search, ↑ ↓ move between notes, Enter opens, `e` edits,
 * Esc clears the search.
 *
 * Only a window of notes is ever held in state (`PAGE_SIZE`, more with "Show more"): the store's search reads the
 * newest notes through its indexes, so the first screen costs the same with 10 notes or 10,000. Every read and write
 * goes through a {@link LibrarySource} (a prop), so tests drive every state without a browser.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import AsyncState, { type AsyncStatus } from '@/components/AsyncState';
import ExportMenu, { type ExportMenuFormat, type ExportMenuScope } from '@/components/ExportMenu';
import ImportNotes from '@/components/ImportNotes';
import LibrarySearch, { type SearchFilterValues } from '@/components/LibrarySearch';
import NoteCard from '@/components/NoteCard';
import RecentlyDeleted from './RecentlyDeleted';
import UndoToasts from '@/components/UndoToasts';
import { versionOf } from '@/lib/db/revision';
import { isOpenableUrl } from '@/lib/url/scheme';
import PageGroup from '@/components/PageGroup';
import { useNoteMutations } from '@/components/useNoteMutations';
import { isNotFound } from '@/lib/db/anchor-status';
import { MAX_IMPORT_CHARS } from '@/lib/export/parse-annotations';
import type { NoteHit, SearchResult } from '@/lib/db/search';
import { exportedSentence, libraryStrings as t, noteCount, notesStrings, strings } from '@/lib/strings';
import type { ExportFile, Facets, LibraryQuery, LibrarySource } from './library-source';
import { pageUrlOf } from './library-source';

/** Notes shown at first, and added by each "Show more": a screenful or two, cheap to read and render. */
export const PAGE_SIZE = 50;

/** The largest import file read, in bytes: `MAX_IMPORT_CHARS` characters of UTF-8 (mostly one byte each, some up to four). */
const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS * 4;

/** Props of {@link App}. */
export interface AppProps {
  /** Where the notes come from and go to. */
  source: LibrarySource;
  /** Saves a file to the reader's downloads. */
  download: (file: ExportFile) => void;
  /** Records a timing mark (`performance.mark`): `crux:library-first-screen`, `crux:library-search-input`, `crux:library-results-shown`. */
  mark?: (name: string) => void;
}

/** The results as shown. */
type ResultsState = AsyncStatus<{ result: SearchResult }>;

/** A page and its hits, in the order they are shown. */
interface Group {
  pageKey: string;
  hits: NoteHit[];
}

/** Groups hits (newest first) by page, pages ordered by their newest hit. */
function groupByPage(hits: readonly NoteHit[]): Group[] {
  const groups = new Map<string, Group>();
  for (const hit of hits) {
    const key = hit.note.pageKey;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { pageKey: key, hits: [] }));
    group.hits.push(hit);
  }
  return [...groups.values()];
}

/** Whether a key event comes from a field where typing means text. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The element a card is focused by: its quote button, else its first button. */
function cardFocusTarget(card: Element): HTMLElement | null {
  return card.querySelector<HTMLElement>('.note-quote-button') ?? card.querySelector<HTMLElement>('button');
}

/** The library page. */
export default function App({ source, download, mark = () => {} }: AppProps) {
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<SearchFilterValues>({});
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [results, setResults] = useState<ResultsState>({ kind: 'loading' });
  const [facets, setFacets] = useState<Facets>({ sites: [], tags: [] });
  const { problem, setProblem, toast, setToast, undos, run, removeHighlight, removePageNote } = useNoteMutations(
    source,
    t.storeUnreachable,
  );
  const [exporting, setExporting] = useState(false);
  const [showDeleted, setShowDeleted] = useState(false);
  const searchBox = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const firstShown = useRef(false);

  const query: LibraryQuery = { text, filters, limit };
  const filtered = text.trim() !== '' || Object.values(filters).some((v) => v !== undefined && v !== 'any');

  // One live query at a time: a new query (a keystroke, a filter, "Show more") stops the previous one, so a stale
  // search never overwrites newer results. A layout effect: the search starts as soon as the keystroke is committed,
  // not a frame later once the browser has painted it.
  useLayoutEffect(() => {
    let live = true;
    const stop = source.watch({ text, filters, limit }, (result) => {
      if (!live) return;
      setResults(
        result.ok ? { kind: 'loaded', result: result.value } : { kind: 'failed', message: result.error.message },
      );
    });
    return () => {
      live = false;
      stop();
    };
  }, [source, text, filters, limit]);

  useEffect(() => source.watchFacets(setFacets), [source]);

  // When the library opens: notes deleted more than 30 days ago are removed for good, and imported notes whose
  // word rows an earlier import left unwritten get them (the library's own search does not wait for them).
  useEffect(() => {
    void source.purgeExpired().catch(() => {});
    void source.catchUpWords().catch(() => {});
  }, [source]);

  useLayoutEffect(() => {
    if (results.kind !== 'loaded') return;
    if (!firstShown.current) {
      firstShown.current = true;
      mark('crux:library-first-screen');
    }
    mark('crux:library-results-shown');
  }, [results]);

  // `/` focuses the search box from anywhere but a text field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      searchBox.current?.focus();
      searchBox.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const onText = (value: string): void => {
    mark('crux:library-search-input');
    setText(value);
    setLimit(PAGE_SIZE);
  };
  const onFilters = (value: SearchFilterValues): void => {
    setFilters(value);
    setLimit(PAGE_SIZE);
  };
  const clear = (): void => {
    setText('');
    setFilters({});
    setLimit(PAGE_SIZE);
    searchBox.current?.focus();
  };

  // The live query re-runs after a delete or a restore, so the list needs no local update.
  const remove = (hit: NoteHit): void =>
    hit.kind === 'highlight' ? removeHighlight(hit.note.id) : removePageNote(hit.note.id);

  const exportNotes = (format: ExportMenuFormat, scope: ExportMenuScope, includeDeleted = false): void => {
    setExporting(true);
    void source
      .exportNotes(format, scope, query, includeDeleted)
      .then(
        (file) => {
          if (!file.ok) {
            setProblem(file.error.message);
            return;
          }
          download(file.value);
          setProblem(null);
          setToast({ message: exportedSentence(file.value.count, file.value.name) });
        },
        () => setProblem(t.exportFailed),
      )
      .finally(() => setExporting(false));
  };

  /** ↑ ↓ move between cards, `e` edits the focused card. */
  const onListKey = (event: KeyboardEvent): void => {
    if (isTyping(event.target) || !list.current) return;
    const card = (event.target as Element).closest('.note-card');
    if (!card) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const cards = [...list.current.querySelectorAll('.note-card')];
      const next = cards[cards.indexOf(card) + (event.key === 'ArrowDown' ? 1 : -1)];
      if (!next) return;
      event.preventDefault();
      cardFocusTarget(next)?.focus();
    } else if (event.key === 'e' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      card.querySelector<HTMLElement>('[data-action="edit"]')?.click();
    }
  };

  const card = (hit: NoteHit) => {
    if (hit.kind === 'pageNote') {
      const n = hit.note;
      return (
        <li key={n.id}>
          <NoteCard
            kind="page-note"
            note={n.text}
            tags={n.tags}
            version={versionOf(n)}
            onSave={(note, tags, expected) => run(source.updatePageNote(n.id, { text: note, tags, expected }))}
            onDelete={() => remove(hit)}
          />
        </li>
      );
    }
    const h = hit.note;
    // Crux opens web pages only: a note on a local file shows its address as text instead.
    const openable = isOpenableUrl(pageUrlOf(hit));
    return (
      <li key={h.id}>
        <NoteCard
          kind="highlight"
          quote={h.quote}
          colour={h.colour}
          note={h.note}
          tags={h.tags}
          mark={isNotFound(h) ? t.notFoundMark : openable ? undefined : `${t.localFileNote} ${pageUrlOf(hit)}`}
          revealHint={t.openAtHighlight}
          onReveal={openable ? () => void run(source.openNote(hit)) : undefined}
          version={versionOf(h)}
          onSave={(note, tags, expected) => run(source.updateHighlight(h.id, { note, tags, expected }))}
          onColour={(colour) => void run(source.updateHighlight(h.id, { colour }))}
          onDelete={() => remove(hit)}
        />
      </li>
    );
  };

  return (
    <main class="library">
      <header class="library-header">
        <div>
          <p class="popup-brand">{strings.appName}</p>
          <h1 class="library-title">{strings.libraryTitle}</h1>
        </div>
        <div class="library-actions">
          <button type="button" class="button" aria-pressed={showDeleted} onClick={() => setShowDeleted(!showDeleted)}>
            {showDeleted ? t.backToNotes : t.recentlyDeleted}
          </button>
          <ExportMenu filtered={filtered} busy={exporting} onExport={exportNotes} />
          <ImportNotes
            onPreview={(file, onProgress) => source.previewImport(file, onProgress)}
            onImport={(preview) => source.importNotes(preview)}
            maxBytes={MAX_IMPORT_BYTES}
            tooLargeMessage={t.importTooLarge}
          />
        </div>
      </header>
      {showDeleted && <RecentlyDeleted source={source} run={run} />}
      {!showDeleted && (
        <LibrarySearch
          text={text}
          filters={filters}
          sites={facets.sites}
          tags={facets.tags}
          onText={onText}
          onFilters={onFilters}
          onClear={clear}
          inputRef={searchBox}
        />
      )}
      {problem && (
        <p role="alert" class="note-problem">
          {problem}
        </p>
      )}
      <Results state={results} filtered={filtered} hidden={showDeleted} onMore={() => setLimit(limit + PAGE_SIZE)}>
        {(result) => (
          <div ref={list} onKeyDown={onListKey}>
            <ol class="page-groups" aria-label={t.resultsLabel}>
              {groupByPage(result.hits).map((group) => {
                const first = group.hits[0]!;
                return (
                  <li key={group.pageKey}>
                    <PageGroup
                      title={first.page?.title ?? ''}
                      site={first.page?.site ?? first.note.site}
                      url={first.page?.urls[0] ?? pageUrlOf(first)}
                      latest={Math.max(...group.hits.map((h) => h.note.modified))}
                    >
                      {group.hits.map(card)}
                    </PageGroup>
                  </li>
                );
              })}
            </ol>
          </div>
        )}
      </Results>
      <div class="library-toast">
        <UndoToasts undos={undos} />
        {toast && (
          <div class="notes-toast" role="status">
            <span>{toast.message}</span>{' '}
            {toast.undo ? (
              <button type="button" class="button button-small" onClick={toast.undo}>
                {notesStrings.undo}
              </button>
            ) : (
              <button type="button" class="button button-small" aria-label={t.dismiss} onClick={() => setToast(null)}>
                ×
              </button>
            )}
          </div>
        )}
      </div>
    </main>
  );
}

/** The results area: loading, failed, empty library, no match, or the groups with their count and "Show more". */
function Results(props: {
  state: ResultsState;
  filtered: boolean;
  /** Hidden while Recently deleted is shown (kept mounted, so the list keeps its place). */
  hidden?: boolean;
  onMore: () => void;
  children: (result: SearchResult) => preact.JSX.Element;
}) {
  const { state, filtered, onMore, hidden = false } = props;
  if (hidden) return null;
  if (state.kind !== 'loaded')
    return (
      <AsyncState state={state} class="library-results">
        {() => null}
      </AsyncState>
    );
  const { result } = state;
  const more = result.hits.length < result.total || !result.exact;
  return (
    <div class="library-results">
      <p role="status" class="library-count">
        {noteCount(result.exact ? result.total : result.hits.length, result.exact)}
      </p>
      {result.hits.length === 0 ? (
        <div class="empty-state">
          <p class="empty-title">{filtered ? t.noResultsTitle : t.emptyTitle}</p>
          <p class="empty-body">{filtered ? t.noResultsBody : t.emptyBody}</p>
        </div>
      ) : (
        props.children(result)
      )}
      {more && (
        <button type="button" class="button library-more" onClick={onMore}>
          {t.showMore}
        </button>
      )}
    </div>
  );
}
