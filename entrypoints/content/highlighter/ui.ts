/**
 * The highlighter's in-page UI: the "Save highlight" button next to a selection, the frame that shows the note
 * editor, and short messages. It lives in a *closed* shadow root on a plain `div` marked `data-crux-ignore`: the
 * page's styles cannot break it, its scripts cannot look inside (`element.shadowRoot` is null to them), it does not
 * depend on a custom-element name a page could define first, and Crux's text model never reads it.
 *
 * The note editor itself is not here: it is an extension page (`entrypoints/editor/`) in an `<iframe>`, so what the
 * reader types, the keys they press and its Save button are out of the page's reach (another origin: no script of
 * the page can read it, and its events never reach the page). The one control left in the page, the button, acts only
 * on the reader's own clicks (`isTrusted`, injected so unit tests can stand in for it); all it does is open the
 * editor. Plain DOM (no framework): a few elements, and the content script stays small.
 */
import { notesStrings as t } from '@/lib/strings';
import { IGNORE_ATTRIBUTE } from './selection';
import { HIGHLIGHTER_CSS } from './styles';
import { el } from '@/lib/dom/element';

/** Whether an event comes from the reader (the browser's `event.isTrusted`) rather than from a page's script. */
export type TrustCheck = (event: Event) => boolean;

/** The highlighter's UI. */
export interface HighlighterUi {
  /** The host element (outside the page's text model). */
  readonly host: HTMLElement;
  /** Its closed shadow root: reachable from Crux's own code (and tests) through this object only. */
  readonly root: ShadowRoot;
  /** Shows the "Save highlight" button near a viewport rectangle; the reader's click on it calls `onClick`. */
  showButton(near: DOMRect, onClick: () => void): void;
  /** Hides the button. */
  hideButton(): void;
  /** Whether the editor's frame is open. */
  readonly editing: boolean;
  /** Opens the note editor's frame near a viewport rectangle and gives it the keyboard focus. */
  openEditor(near: DOMRect | null): void;
  /** Sets the editor frame's height to its content's (CSS pixels). */
  resizeEditor(height: number): void;
  /** Moves whatever is shown to a new rectangle (after a scroll). */
  reposition(near: DOMRect | null): void;
  /** Closes the editor's frame. */
  closeEditor(): void;
  /** Shows a short message: `status` for confirmations, `problem` for failures (announced as an alert). */
  notify(message: string, kind: 'status' | 'problem'): void;
  /** Removes the UI from the page. */
  destroy(): void;
}

/** What the UI needs from outside the page. */
export interface HighlighterUiDeps {
  /** A timer that stops when the content script is invalidated (`ctx.setTimeout`). */
  setTimer(run: () => void, ms: number): unknown;
  /** The reader-or-script check for the button's clicks (`event.isTrusted` in every build). */
  isTrusted: TrustCheck;
  /** The note editor's address (`browser.runtime.getURL('/editor.html')`). */
  editorUrl: string;
}

/** How long a message stays: long enough to read a sentence. */
const STATUS_MS = 1800;
const PROBLEM_MS = 6000;
/** Gap between the selection and the UI, in CSS pixels. */
const GAP = 6;
/** The editor frame's width: the editor's 300 px and 8 px either side for its shadow (`editor/style.css`). */
const EDITOR_WIDTH = 316;
/** The editor frame's height before it reports its own; and the bounds a reported height is kept within. */
const EDITOR_HEIGHT = { initial: 280, min: 60, max: 640 };

/** Creates the UI (hidden) in a document. */
export function createHighlighterUi(doc: Document, deps: HighlighterUiDeps): HighlighterUi {
  // A plain div: a custom element's name can be defined first by the page, which then runs its own constructor on
  // Crux's host (and can break it). Closed: the page's scripts get null for its shadowRoot.
  const host = doc.createElement('div');
  host.setAttribute(IGNORE_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = el(doc, 'style', {}, HIGHLIGHTER_CSS);
  const layer = el(doc, 'div', { class: 'layer', hidden: '' });
  const toastLayer = el(doc, 'div', { class: 'layer' });
  root.append(style, layer, toastLayer);
  doc.documentElement.appendChild(host);

  let frame: HTMLIFrameElement | null = null;
  let lastNear: DOMRect | null = null;
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
    frame = null;
    layer.replaceChildren();
    layer.hidden = true;
  };

  return {
    host,
    root,
    get editing() {
      return frame !== null;
    },

    showButton(near, onClick) {
      if (frame) return;
      // A page can remove Crux's host from its DOM: put it back before showing anything.
      if (!host.isConnected) doc.documentElement.appendChild(host);
      const button = el(doc, 'button', { type: 'button', class: 'save-button' }, t.saveHighlight);
      // Keep the page's selection: a mousedown on a button would otherwise clear it before the click.
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', (event) => {
        // A page's script can call click() or dispatch a click here: only the reader's own opens the editor.
        if (deps.isTrusted(event)) onClick();
      });
      layer.replaceChildren(button);
      layer.hidden = false;
      place(layer, near);
    },

    hideButton() {
      if (!frame) clearLayer();
    },

    openEditor(near) {
      if (!host.isConnected) doc.documentElement.appendChild(host);
      lastNear = near;
      const editor = el(doc, 'iframe', {
        class: 'editor-frame',
        src: deps.editorUrl,
        title: t.editorLabel,
      });
      editor.style.width = `${EDITOR_WIDTH}px`;
      editor.style.height = `${EDITOR_HEIGHT.initial}px`;
      editor.addEventListener('load', () => editor.focus(), { once: true });
      frame = editor;
      layer.replaceChildren(editor);
      layer.hidden = false;
      place(layer, near);
    },

    resizeEditor(height) {
      if (!frame || !Number.isFinite(height)) return;
      const kept = Math.min(EDITOR_HEIGHT.max, Math.max(EDITOR_HEIGHT.min, Math.ceil(height)));
      frame.style.height = `${kept}px`;
      place(layer, lastNear);
    },

    reposition(near) {
      if (frame) lastNear = near;
      if (!layer.hidden) place(layer, near);
    },

    closeEditor() {
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
      deps.setTimer(
        () => {
          if (serial === toastSerial) toastLayer.replaceChildren();
        },
        kind === 'problem' ? PROBLEM_MS : STATUS_MS,
      );
    },

    destroy() {
      clearLayer();
      host.remove();
    },
  };
}
