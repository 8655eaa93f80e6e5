/**
 * This page's highlights and notes, in the popup's Notes tab: highlights in page order, then those not found on the
 * page (kept, with their quotes), then the notes about the page, a field to add one, the per-site "show my
 * highlights automatically" switch, and the way to the notes library. Every change goes through a {@link NotesSource} (a prop, so tests drive every state
 * without a browser); a failure is shown as its plain sentence in an alert and loses nothing; a delete can be
 * undone from the message that confirms it.
 */
import UndoToasts from '@/components/UndoToasts';
import { versionOf } from '@/lib/db/revision';
import { useCallback, useEffect, useId, useState } from 'preact/hooks';
import AsyncState, { type AsyncStatus } from './AsyncState';
import { useNoteMutations, type NoteFailure } from './useNoteMutations';
import type { ColourName } from '@/lib/db/colours';
import type { HighlightChanges, PageNoteChanges } from '@/lib/db/notes';
import type { Highlight, PageNote } from '@/lib/db/types';
import type { ShownHighlights } from '@/lib/messaging/protocol';
import { extractTags } from '@/lib/db/words';
import { autoShowLabel, notesStrings as t, strings } from '@/lib/strings';
import type { Result } from '@/lib/result';
import { siteOf } from '@/lib/url/normalize';
import NoteCard from './NoteCard';

/** A failure as the section shows it: one plain sentence. */
export type NotesFailure = NoteFailure;

/** Everything the section does, wired to the background and the page by the popup. */
export interface NotesSource {
  /** This page's notes and where its highlights were found (the page is repainted as a side effect). */
  load(): Promise<Result<ShownHighlights, NotesFailure>>;
  updateHighlight(id: string, changes: HighlightChanges): Promise<Result<Highlight, NotesFailure>>;
  deleteHighlight(id: string): Promise<Result<Highlight, NotesFailure>>;
  restoreHighlight(id: string): Promise<Result<Highlight, NotesFailure>>;
  addPageNote(text: string, tags: string[]): Promise<Result<PageNote, NotesFailure>>;
  updatePageNote(id: string, changes: PageNoteChanges): Promise<Result<PageNote, NotesFailure>>;
  deletePageNote(id: string): Promise<Result<PageNote, NotesFailure>>;
  restorePageNote(id: string): Promise<Result<PageNote, NotesFailure>>;
  /** Scrolls the page to a highlight. @returns false when it is not on the page */
  reveal(highlight: Highlight): Promise<boolean>;
  /** Whether highlights show automatically on the site. */
  getAutoShow(site: string): Promise<Result<boolean, NotesFailure>>;
  /**
   * Turns auto-show on or off. Must reach `permissions.request` before any await: call it straight from the click.
   * @returns the new state
   */
  setAutoShow(site: string, enabled: boolean): Promise<Result<boolean, NotesFailure>>;
}

/** Props of {@link NotesSection}. */
export interface NotesSectionProps {
  /** Where the notes come from and go to. */
  source: NotesSource;
  /** The library page's address (for the link's href: middle-click and "copy link" work). */
  libraryUrl: string;
  /** Opens the library in a new tab. */
  onOpenLibrary: () => void;
  /** Told how many highlights and page notes the page has, whenever that changes (undefined until loaded). */
  onCount?: (count: number | undefined) => void;
}

/** What the section holds once loaded. */
interface Loaded {
  highlights: Highlight[];
  notFound: ReadonlySet<string>;
  notes: PageNote[];
  /** The page's site, for the auto-show switch; null for pages that are not on the web (files, extension pages). */
  site: string | null;
}

/** The site of a web page's URL (host without `www.`). @returns null for anything but http(s) */
function webSite(url: string): string | null {
  return /^https?:/i.test(url) ? siteOf(url) || null : null;
}

/** The section. */
export default function NotesSection({ source, libraryUrl, onOpenLibrary, onCount }: NotesSectionProps) {
  const [state, setState] = useState<AsyncStatus<Loaded>>({ kind: 'loading' });
  const {
    problem,
    setProblem,
    undos,
    run: runChange,
    removeHighlight,
    removePageNote,
  } = useNoteMutations(source, t.storeUnreachable);
  const notFoundId = useId();

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    const result = await source.load().catch(() => ({ ok: false as const, error: { message: t.loadUnreachable } }));
    setState(
      result.ok
        ? {
            kind: 'loaded',
            highlights: result.value.highlights,
            notFound: new Set(result.value.placement.notFound),
            notes: result.value.notes,
            site: webSite(result.value.page.url),
          }
        : { kind: 'failed', message: result.error.message },
    );
  }, [source]);

  useEffect(() => {
    void load();
  }, [load]);

  const count = state.kind === 'loaded' ? state.highlights.length + state.notes.length : undefined;
  useEffect(() => onCount?.(count), [count, onCount]);

  /** Applies a change's result to the loaded state. */
  const applyTo =
    <T,>(apply: (value: T, current: Loaded) => Loaded) =>
    (value: T): void =>
      setState((current) => (current.kind === 'loaded' ? { kind: 'loaded', ...apply(value, current) } : current));
  /** Runs a change; shows its failure; applies its success to the loaded state. */
  const run = <T,>(
    change: Promise<Result<T, NotesFailure>>,
    apply: (value: T, current: Loaded) => Loaded,
  ): Promise<string | null> => runChange(change, applyTo(apply));

  const replaceHighlight = (h: Highlight, s: Loaded): Loaded => ({
    ...s,
    highlights: s.highlights.map((x) => (x.id === h.id ? h : x)),
  });

  if (state.kind !== 'loaded')
    return (
      <AsyncState state={state} class="notes" onRetry={() => void load()}>
        {() => null}
      </AsyncState>
    );

  const placed = state.highlights.filter((h) => !state.notFound.has(h.id));
  const missing = state.highlights.filter((h) => state.notFound.has(h.id));
  const empty = state.highlights.length === 0 && state.notes.length === 0;

  /** Puts a restored item back where it was. */
  const insertAt = <T,>(list: readonly T[], index: number, item: T): T[] => {
    const copy = [...list];
    copy.splice(Math.min(index, copy.length), 0, item);
    return copy;
  };
  const deleteHighlight = (h: Highlight, index: number): void =>
    removeHighlight(h.id, {
      onDeleted: applyTo((_, s) => ({ ...s, highlights: s.highlights.filter((x) => x.id !== h.id) })),
      onRestored: applyTo((restored, s) => ({ ...s, highlights: insertAt(s.highlights, index, restored) })),
    });
  const deletePageNote = (n: PageNote, index: number): void =>
    removePageNote(n.id, {
      onDeleted: applyTo((_, s) => ({ ...s, notes: s.notes.filter((x) => x.id !== n.id) })),
      onRestored: applyTo((restored, s) => ({ ...s, notes: insertAt(s.notes, index, restored) })),
    });

  const highlightCard = (h: Highlight, notFound: boolean) => (
    <li key={h.id}>
      <NoteCard
        kind="highlight"
        quote={h.quote}
        colour={h.colour}
        note={h.note}
        tags={h.tags}
        notFound={notFound}
        version={versionOf(h)}
        onSave={(note, tags, expected) => run(source.updateHighlight(h.id, { note, tags, expected }), replaceHighlight)}
        onColour={(colour: ColourName) => void run(source.updateHighlight(h.id, { colour }), replaceHighlight)}
        onDelete={() => deleteHighlight(h, state.highlights.indexOf(h))}
        onReveal={
          notFound
            ? undefined
            : () =>
                void source.reveal(h).then(
                  (found) => setProblem(found ? null : t.revealFailed),
                  () => setProblem(t.revealFailed),
                )
        }
      />
    </li>
  );

  return (
    <div class="notes">
      {problem && (
        <p role="alert" class="note-problem">
          {problem}
        </p>
      )}
      {empty && (
        <div class="empty-state">
          <p class="empty-title">{t.emptyTitle}</p>
          <p class="empty-body">{t.emptyBody}</p>
        </div>
      )}
      {placed.length > 0 && (
        <ol class="note-list" aria-label={t.highlightsLabel}>
          {placed.map((h) => highlightCard(h, false))}
        </ol>
      )}
      {missing.length > 0 && (
        <section class="notes-missing" aria-labelledby={notFoundId}>
          <h3 id={notFoundId} class="notes-subheading">
            {t.notFoundHeading}
          </h3>
          <p class="notes-hint">{t.notFoundBody}</p>
          <ol class="note-list">{missing.map((h) => highlightCard(h, true))}</ol>
        </section>
      )}
      {state.notes.length > 0 && (
        <ul class="note-list" aria-label={t.pageNotesLabel}>
          {state.notes.map((n, index) => (
            <li key={n.id}>
              <NoteCard
                kind="page-note"
                note={n.text}
                tags={n.tags}
                version={versionOf(n)}
                onSave={(text, tags, expected) =>
                  run(source.updatePageNote(n.id, { text, tags, expected }), (updated, s) => ({
                    ...s,
                    notes: s.notes.map((x) => (x.id === updated.id ? updated : x)),
                  }))
                }
                onDelete={() => deletePageNote(n, index)}
              />
            </li>
          ))}
        </ul>
      )}
      <NewPageNote
        onAdd={(text) =>
          run(source.addPageNote(text, extractTags(text)), (note, s) => ({ ...s, notes: [...s.notes, note] }))
        }
      />
      {state.site && <AutoShowSwitch source={source} site={state.site} onProblem={setProblem} />}
      <a
        class="link"
        href={libraryUrl}
        target="_blank"
        rel="noopener"
        onClick={(event) => {
          event.preventDefault();
          onOpenLibrary();
        }}
      >
        {strings.openLibrary}
      </a>
      <UndoToasts undos={undos} />
    </div>
  );
}

/** The field that adds a note about the whole page (#tags in it become its tags). */
function NewPageNote({ onAdd }: { onAdd: (text: string) => Promise<string | null> }) {
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const fieldId = useId();
  const submit = async (): Promise<void> => {
    if (!text.trim() || saving) return;
    setSaving(true);
    // On failure the text stays in the field: nothing typed is lost.
    if ((await onAdd(text.trim())) === null) setText('');
    setSaving(false);
  };
  return (
    <form
      class="note-new"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label for={fieldId} class="notes-subheading">
        {t.newPageNoteLabel}
      </label>
      <textarea
        id={fieldId}
        rows={2}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void submit();
          }
        }}
      />
      <button type="submit" class="button button-small" disabled={saving || !text.trim()}>
        {t.addPageNote}
      </button>
    </form>
  );
}

/** The per-site switch; the permission prompt is the browser's. */
function AutoShowSwitch({
  source,
  site,
  onProblem,
}: {
  source: NotesSource;
  site: string;
  onProblem: (message: string | null) => void;
}) {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void source.getAutoShow(site).then(
      (result) => live && setEnabled(result.ok ? result.value : false),
      () => live && setEnabled(false),
    );
    return () => {
      live = false;
    };
  }, [source, site]);
  const toggle = (): void => {
    if (enabled === null || busy) return;
    setBusy(true);
    // No await before this call: the browser asks for the permission only inside the click.
    const change = source.setAutoShow(site, !enabled);
    void change
      .then(
        (result) => {
          if (result.ok) {
            setEnabled(result.value);
            onProblem(null);
          } else onProblem(result.error.message);
        },
        () => onProblem(t.storeUnreachable),
      )
      .finally(() => setBusy(false));
  };
  return (
    <div class="notes-auto-show">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={enabled === true}
          disabled={enabled === null || busy}
          onChange={toggle}
        />{' '}
        {autoShowLabel(site)}
      </label>
      <p class="notes-hint">{t.autoShowHint}</p>
    </div>
  );
}
