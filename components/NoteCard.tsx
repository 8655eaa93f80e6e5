/**
 * One highlight or page note in the popup's Notes section: its quote (a button that scrolls the page to it), its
 * colour, note and tags, and the actions on it — edit the note and tags inline, change the colour, delete. A
 * highlight not found on the page shows its quote without the scroll button. Props-driven: the section saves.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { COLOUR_LIST, colourInfo, type ColourName } from '@/lib/db/colours';
import { formatTagField, tagsFromEditor } from '@/lib/highlights/tags';
import { highlightCardLabel, notesStrings as t } from '@/lib/strings';

/** Props of {@link NoteCard}. */
export interface NoteCardProps {
  /** A highlight (with a quote and a colour) or a note about the whole page. */
  kind: 'highlight' | 'page-note';
  /** The highlighted passage (highlights only). */
  quote?: string;
  /** The highlight's colour (highlights only). */
  colour?: ColourName;
  /** The note; empty for none. */
  note: string;
  /** Normalised tags. */
  tags: readonly string[];
  /** Whether the highlight was not found on the page (it cannot be scrolled to). */
  notFound?: boolean;
  /**
   * Saves a new note and tags, made on `expected` (the note's `version` when the editor opened: the store refuses
   * the save if the note changed since). @returns null when saved, else the sentence to show (the editor stays open)
   */
  onSave: (note: string, tags: string[], expected?: string) => Promise<string | null>;
  /**
   * The note's version as stored (`versionOf`). When it changes while the editor is open (another tab saved), a
   * failed save offers to reload the note instead of writing over the other change.
   */
  version?: string;
  /** Changes the colour (highlights only). */
  onColour?: (colour: ColourName) => void;
  /** Deletes it (the section offers Undo). */
  onDelete: () => void;
  /** Scrolls the page to it (placed highlights only); in the library, opens its page at it. */
  onReveal?: () => void;
  /** What the quote button does, for its description (default "Show on the page"). */
  revealHint?: string;
  /** A short mark shown on the card (the library's "Not found on its page last time"); the quote stays a button. */
  mark?: string;
}

/** A card for one highlight or page note. */
export default function NoteCard(props: NoteCardProps) {
  const {
    kind,
    quote,
    colour,
    note,
    tags,
    notFound = false,
    onColour,
    onDelete,
    onReveal,
    revealHint = t.showOnPage,
    mark,
  } = props;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // When the editor closes (saved or cancelled), focus returns to the Edit button: keyboard users keep their place.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const colourLook = colour ? colourInfo(colour) : null;
  const label = kind === 'highlight' && colourLook ? highlightCardLabel(colourLook.label) : t.pageNotesLabel;
  const hintId = useId();
  const colourId = useId();

  return (
    <article
      class="note-card"
      aria-label={label}
      data-colour={colour}
      data-not-found={notFound || mark !== undefined || undefined}
    >
      {mark !== undefined && <p class="note-mark">{mark}</p>}
      {kind === 'highlight' && quote !== undefined && (
        <blockquote class="note-quote" style={colourLook ? { borderColor: colourLook.light } : undefined}>
          {onReveal && !notFound ? (
            <button type="button" class="note-quote-button" aria-describedby={hintId} onClick={onReveal}>
              {quote}
            </button>
          ) : (
            <span>{quote}</span>
          )}
          <span id={hintId} hidden>
            {revealHint}
          </span>
        </blockquote>
      )}
      {editing ? (
        <NoteEditor
          note={note}
          tags={tags}
          version={props.version}
          onCancel={() => setEditing(false)}
          onSave={props.onSave}
          onSaved={() => setEditing(false)}
        />
      ) : (
        <>
          {note && <p class="note-text">{note}</p>}
          {tags.length > 0 && (
            <ul class="note-tags" aria-label={t.tagsLabel}>
              {tags.map((tag) => (
                <li key={tag}>#{tag}</li>
              ))}
            </ul>
          )}
          <div class="note-actions">
            {kind === 'highlight' && colour && onColour && (
              <>
                <label class="visually-hidden" for={colourId}>
                  {t.changeColour}
                </label>
                <select
                  id={colourId}
                  class="note-colour"
                  value={colour}
                  onChange={(e) => onColour((e.currentTarget as HTMLSelectElement).value as ColourName)}
                >
                  {COLOUR_LIST.map((c) => (
                    <option key={c.name} value={c.name}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </>
            )}
            <button
              ref={editButton}
              type="button"
              class="button button-small"
              data-action="edit"
              onClick={() => setEditing(true)}
            >
              {t.edit}
            </button>
            <button type="button" class="button button-small" data-action="delete" onClick={onDelete}>
              {t.delete}
            </button>
          </div>
        </>
      )}
    </article>
  );
}

/** The inline editor of a note and its tags. Ctrl+Enter saves, Esc cancels; a failure keeps what was typed. */
function NoteEditor(props: {
  note: string;
  tags: readonly string[];
  version?: string;
  onSave: (note: string, tags: string[], expected?: string) => Promise<string | null>;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [note, setNote] = useState(props.note);
  const [tagField, setTagField] = useState(formatTagField(props.tags));
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The version the edit is made on: the note as it was when the editor opened, or when it was last reloaded.
  const [base, setBase] = useState(props.version);
  const changedElsewhere = problem !== null && props.version !== base;

  const save = async (): Promise<void> => {
    if (saving) return;
    setSaving(true);
    setProblem(null);
    const tags = tagsFromEditor(tagField, note);
    // Without a version (a caller that does not check), the save is made as before: on whatever is stored.
    const request = base === undefined ? props.onSave(note.trim(), tags) : props.onSave(note.trim(), tags, base);
    const result = await request.catch(() => t.storeUnreachable);
    setSaving(false);
    if (result === null) props.onSaved();
    else setProblem(result);
  };
  /** Shows the note as it is now stored (the other tab's change), to edit again from there. */
  const reload = (): void => {
    setNote(props.note);
    setTagField(formatTagField(props.tags));
    setBase(props.version);
    setProblem(null);
  };

  return (
    <form
      class="note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          props.onCancel();
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <label class="field">
        {t.noteLabel}
        <textarea
          rows={3}
          value={note}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
          autoFocus
        />
      </label>
      <label class="field">
        {t.tagsLabel}
        <input
          type="text"
          value={tagField}
          placeholder={t.tagsPlaceholder}
          onInput={(e) => setTagField((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {problem && (
        <p class="note-problem" role="alert">
          {problem}
          {changedElsewhere && (
            <>
              {' '}
              <button type="button" class="button button-small" onClick={reload}>
                {t.reloadNote}
              </button>
            </>
          )}
        </p>
      )}
      <div class="note-actions">
        <button type="button" class="button button-small" onClick={props.onCancel}>
          {t.cancel}
        </button>
        <button type="submit" class="button button-small button-primary" disabled={saving}>
          {t.save}
        </button>
      </div>
    </form>
  );
}
