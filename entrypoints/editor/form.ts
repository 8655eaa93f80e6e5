/**
 * The note editor's form: colour, note and tags, Save and Cancel, Ctrl+Enter and Esc. It runs in the editor's own
 * frame (an extension page), never in the page's DOM. Plain DOM (no framework): a few elements.
 *
 * Saving acts only on the reader's own input: a click or a key event that is not `isTrusted` is ignored, and the
 * form's own submit event (which `requestSubmit()` fires as trusted) saves nothing. The page
 * cannot script this frame at all (another origin), so the check is a second wall, injected so unit tests can
 * stand in for the browser (whose synthetic events are never trusted); `main.ts` always passes `event.isTrusted`.
 */
import { COLOUR_LIST, DEFAULT_COLOUR, isColourName, type ColourName } from '@/lib/db/colours';
import { formatTagField, tagsFromEditor } from '@/lib/highlights/tags';
import { notesStrings as t } from '@/lib/strings';
import { el } from '@/lib/dom/element';

/** What the reader entered in the editor. */
export interface HighlightDraft {
  /** The chosen colour. */
  colour: ColourName;
  /** The note (trimmed; empty for none). */
  note: string;
  /** Tags from the tags field and the note's #hashtags, normalised. */
  tags: string[];
}

/** What the editor does with the reader's input. */
export interface EditorCallbacks {
  /** Saves the draft. @returns null on success (the editor is done), or a sentence to show (it stays open). */
  onSave(draft: HighlightDraft): Promise<string | null>;
  /** The reader picked another colour (to preview it on the page). */
  onColour(colour: ColourName): void;
  /** The reader cancelled. */
  onCancel(): void;
}

/** What the form needs besides its callbacks. */
export interface EditorFormOptions {
  /** Values to start with. */
  initial?: Partial<HighlightDraft>;
  /** Whether an event is the reader's (`event.isTrusted`). */
  isTrusted(event: Event): boolean;
}

/** The editor's form and its note field (to focus). */
export interface EditorForm {
  form: HTMLFormElement;
  note: HTMLTextAreaElement;
}

/** Creates the editor's form (not yet in the document). */
export function createEditorForm(doc: Document, callbacks: EditorCallbacks, options: EditorFormOptions): EditorForm {
  const { initial = {}, isTrusted } = options;
  const titleId = 'crux-editor-title';
  const colours = el(doc, 'fieldset', {}, el(doc, 'legend', {}, t.colourLegend));
  for (const colour of COLOUR_LIST) {
    const input = el(doc, 'input', { type: 'radio', name: 'crux-colour', value: colour.name });
    input.checked = colour.name === (initial.colour ?? DEFAULT_COLOUR);
    input.addEventListener('change', () => input.checked && callbacks.onColour(colour.name));
    const swatch = el(doc, 'span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = colour.light;
    colours.append(el(doc, 'label', { class: 'colour' }, input, swatch, colour.label));
  }
  const note = el(doc, 'textarea', { placeholder: t.notePlaceholder, rows: '3' });
  note.value = initial.note ?? '';
  const tags = el(doc, 'input', { type: 'text', placeholder: t.tagsPlaceholder });
  tags.value = formatTagField(initial.tags ?? []);
  const error = el(doc, 'p', { class: 'error', role: 'alert', hidden: '' });
  const save = el(doc, 'button', { type: 'submit', class: 'primary' }, t.save);
  const cancel = el(doc, 'button', { type: 'button' }, t.cancel);
  const form = el(
    doc,
    'form',
    { class: 'editor', role: 'dialog', 'aria-labelledby': titleId },
    el(doc, 'strong', { id: titleId, class: 'title' }, t.editorLabel),
    colours,
    el(doc, 'label', { class: 'field' }, t.noteLabel, note),
    el(doc, 'label', { class: 'field' }, t.tagsLabel, tags),
    error,
    el(
      doc,
      'div',
      { class: 'actions' },
      el(doc, 'span', { class: 'keys' }, t.editorKeys),
      el(doc, 'span', { class: 'buttons' }, cancel, save),
    ),
  );

  let done = false;
  const draft = (): HighlightDraft => {
    const checked = form.querySelector<HTMLInputElement>('input[name="crux-colour"]:checked')?.value;
    return {
      colour: isColourName(checked) ? checked : DEFAULT_COLOUR,
      note: note.value.trim(),
      tags: tagsFromEditor(tags.value, note.value),
    };
  };
  const submit = async (): Promise<void> => {
    if (done || save.disabled) return;
    save.disabled = true;
    error.hidden = true;
    const problem = await callbacks.onSave(draft()).catch(() => t.storeUnreachable);
    save.disabled = false;
    if (problem === null) {
      done = true;
    } else {
      error.textContent = problem;
      error.hidden = false;
    }
  };
  const dismiss = (): void => {
    if (done) return;
    done = true;
    callbacks.onCancel();
  };
  // The form never submits itself: `requestSubmit()` fires a submit event the browser marks trusted. Saving follows
  // the reader's click on Save (or Enter in a field, which the browser turns into that click) and Ctrl+Enter only.
  form.addEventListener('submit', (event) => event.preventDefault());
  save.addEventListener('click', (event) => {
    event.preventDefault();
    if (isTrusted(event)) void submit();
  });
  cancel.addEventListener('click', (event) => {
    if (isTrusted(event)) dismiss();
  });
  form.addEventListener('keydown', (event) => {
    if (!isTrusted(event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      dismiss();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  });
  return { form, note };
}
