/**
 * The highlighter's in-page UI: the "Save highlight" button next to a selection, the compact note editor (colour,
 * note, tags) and short messages. It lives in an open shadow root on a host element marked `data-crux-ignore`, so
 * the page's styles cannot break it and Crux's text model never reads it. Plain DOM (no framework): a few elements,
 * and the content script stays small.
 */
import { COLOUR_LIST, DEFAULT_COLOUR, isColourName, type ColourName } from '@/lib/db/colours';
import { formatTagField, tagsFromEditor } from '@/lib/highlights/tags';
import { notesStrings as t } from '@/lib/strings';
import { IGNORE_ATTRIBUTE } from './selection';
import { HIGHLIGHTER_CSS } from './styles';

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
  /** Saves the draft. @returns null on success (the editor closes), or a sentence to show (the editor stays open). */
  onSave(draft: HighlightDraft): Promise<string | null>;
  /** The reader picked another colour (to preview it on the page). */
  onColour(colour: ColourName): void;
  /** The reader cancelled (or the editor was closed without saving). */
  onCancel(): void;
}

/** The highlighter's UI. */
export interface HighlighterUi {
  /** The host element (outside the page's text model). */
  readonly host: HTMLElement;
  /** Shows the "Save highlight" button near a viewport rectangle; clicking it calls `onClick`. */
  showButton(near: DOMRect, onClick: () => void): void;
  /** Hides the button. */
  hideButton(): void;
  /** Whether the editor is open. */
  readonly editing: boolean;
  /** Opens the editor near a viewport rectangle and focuses the note field. */
  openEditor(near: DOMRect | null, callbacks: EditorCallbacks, initial?: Partial<HighlightDraft>): void;
  /** Moves whatever is shown to a new rectangle (after a scroll). */
  reposition(near: DOMRect | null): void;
  /** Closes the editor without calling back. */
  closeEditor(): void;
  /** Shows a short message: `status` for confirmations, `problem` for failures (announced as an alert). */
  notify(message: string, kind: 'status' | 'problem'): void;
  /** Removes the UI from the page. */
  destroy(): void;
}

/** How long a message stays: long enough to read a sentence. */
const STATUS_MS = 1800;
const PROBLEM_MS = 6000;
/** Gap between the selection and the UI, in CSS pixels. */
const GAP = 6;

/** Creates an element with attributes and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * Creates the UI (hidden) in a document.
 * @param setTimer a timer that stops when the content script is invalidated (`ctx.setTimeout`)
 */
export function createHighlighterUi(doc: Document, setTimer: (run: () => void, ms: number) => unknown): HighlighterUi {
  // A custom element name no page uses, so page CSS aimed at divs or spans does not reach the host.
  const host = doc.createElement('crux-highlighter');
  host.setAttribute(IGNORE_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'open' });
  const style = el(doc, 'style', {}, HIGHLIGHTER_CSS);
  const layer = el(doc, 'div', { class: 'layer', hidden: '' });
  const toastLayer = el(doc, 'div', { class: 'layer' });
  root.append(style, layer, toastLayer);
  doc.documentElement.appendChild(host);

  let editorCallbacks: EditorCallbacks | null = null;
  let toastSerial = 0;

  const place = (target: HTMLElement, near: DOMRect | null): void => {
    const view = doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const box = target.getBoundingClientRect();
    const w = box.width || 300;
    const h = box.height || 40;
    let top = near ? near.bottom + GAP : 16;
    if (top + h > height - 8 && near) top = Math.max(8, near.top - GAP - h);
    const left = Math.min(Math.max(8, near ? near.right - w / 2 : width - w - 16), Math.max(8, width - w - 8));
    target.style.top = `${Math.round(Math.min(top, Math.max(8, height - h - 8)))}px`;
    target.style.left = `${Math.round(left)}px`;
  };

  const clearLayer = (): void => {
    layer.replaceChildren();
    layer.hidden = true;
  };

  const ui: HighlighterUi = {
    host,
    get editing() {
      return editorCallbacks !== null;
    },

    showButton(near, onClick) {
      if (editorCallbacks) return;
      const button = el(doc, 'button', { type: 'button', class: 'save-button' }, t.saveHighlight);
      // Keep the page's selection: a mousedown on a button would otherwise clear it before the click.
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', onClick);
      layer.replaceChildren(button);
      layer.hidden = false;
      place(layer, near);
    },

    hideButton() {
      if (!editorCallbacks) clearLayer();
    },

    openEditor(near, callbacks, initial = {}) {
      editorCallbacks = callbacks;
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

      const draft = (): HighlightDraft => {
        const checked = form.querySelector<HTMLInputElement>('input[name="crux-colour"]:checked')?.value;
        return {
          colour: isColourName(checked) ? checked : DEFAULT_COLOUR,
          note: note.value.trim(),
          tags: tagsFromEditor(tags.value, note.value),
        };
      };
      const submit = async (): Promise<void> => {
        if (save.disabled) return;
        save.disabled = true;
        error.hidden = true;
        const problem = await callbacks.onSave(draft()).catch(() => t.storeUnreachable);
        if (editorCallbacks !== callbacks) return;
        save.disabled = false;
        if (problem === null) {
          editorCallbacks = null;
          clearLayer();
        } else {
          error.textContent = problem;
          error.hidden = false;
        }
      };
      const dismiss = (): void => {
        if (editorCallbacks !== callbacks) return;
        editorCallbacks = null;
        clearLayer();
        callbacks.onCancel();
      };
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        void submit();
      });
      cancel.addEventListener('click', dismiss);
      form.addEventListener('keydown', (event) => {
        // Keys typed here are the reader's, not the page's shortcuts.
        event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          dismiss();
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void submit();
        }
      });
      layer.replaceChildren(form);
      layer.hidden = false;
      place(layer, near);
      note.focus({ preventScroll: true });
    },

    reposition(near) {
      if (!layer.hidden) place(layer, near);
    },

    closeEditor() {
      editorCallbacks = null;
      clearLayer();
    },

    notify(message, kind) {
      const serial = ++toastSerial;
      const toast = el(
        doc,
        'div',
        kind === 'problem' ? { class: 'toast problem', role: 'alert' } : { class: 'toast', role: 'status' },
        message,
      );
      toastLayer.replaceChildren(toast);
      toastLayer.style.right = '16px';
      toastLayer.style.bottom = '16px';
      setTimer(
        () => {
          if (serial === toastSerial) toastLayer.replaceChildren();
        },
        kind === 'problem' ? PROBLEM_MS : STATUS_MS,
      );
    },

    destroy() {
      editorCallbacks = null;
      host.remove();
    },
  };
  return ui;
}
