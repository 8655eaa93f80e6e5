/**
 * The in-page highlighter: the content script's half of highlights and notes. When it starts (injected by the
 * popup, by the context menu or keyboard command, or by a site's auto-show registration) it paints the page's
 * stored highlights; then it offers "Save highlight" next to any selection (to the reader's own clicks only), opens
 * the note editor in its own frame (`entrypoints/editor/`, which saves through the background: the content script
 * never opens the database, and cannot save at all), paints the result, and answers the popup's requests and the
 * editor's relayed messages (`HighlighterProtocol`). Every listener and timer goes through `ctx`, so all of it stops
 * when the extension reloads or the script is injected again.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { describeRange } from '@/lib/anchoring/describe';
import { createPainter } from '@/lib/anchoring/paint';
import { COLOUR_LIST, DEFAULT_COLOUR, isColourName } from '@/lib/db/colours';
import type { PageInput } from '@/lib/db/pages';
import type { Highlight } from '@/lib/db/types';
import { registerHandlers, type Handlers, type OnMessage } from '@/lib/messaging/handlers';
import { backgroundMessenger, highlighterMessenger } from '@/lib/messaging/messengers';
import type { EditorDraft, HighlighterProtocol } from '@/lib/messaging/protocol';
import { EDITOR_PATH } from '@/lib/messaging/senders';
import { notesStrings as t } from '@/lib/strings';
import { createPageHighlights, type HighlightStore } from './page-highlights';
import { readSelection, selectionEndRect } from './selection';
import { createHighlighterUi, type TrustCheck } from './ui';

/** The paint id of the passage being edited, painted in the chosen colour until it is saved or cancelled. */
const DRAFT_ID = 'crux-draft';

/** Let a selection settle (drags and shift+arrow fire many `selectionchange`s) before showing the button. */
const SELECTION_SETTLE_MS = 120;

/** What the highlighter needs from outside the page. */
export interface HighlighterDeps {
  /** The store, through the background. */
  store: HighlightStore;
  /** Registers a handler for one of the highlighter's messages. */
  onMessage: OnMessage<HighlighterProtocol>;
  /** Whether an event is the reader's own: `event.isTrusted` in every build (tests stand in for it). */
  isTrusted: TrustCheck;
  /** The note editor's address (`browser.runtime.getURL`). */
  editorUrl: string;
}

/** The page as the store identifies it. */
export function readPageInput(doc: Document): PageInput {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]');
  return { url: doc.location.href, canonicalHref: canonical?.href ?? null, title: doc.title };
}

/** Starts the highlighter on the live page, wired to the extension's messaging. */
export function startHighlighter(ctx: ContentScriptContext): void {
  const { sendMessage } = backgroundMessenger;
  runHighlighter(ctx, document, {
    store: {
      loadPageNotes: (page) => sendMessage('loadPageNotes', page),
      highlightsAnchored: (outcome) => sendMessage('highlightsAnchored', outcome),
    },
    onMessage: highlighterMessenger.onMessage,
    // No build has another check: a page's script cannot make an event trusted.
    isTrusted: (event) => event.isTrusted,
    editorUrl: browser.runtime.getURL(EDITOR_PATH),
  });
}

/** The passage the editor's frame is open for. */
interface Editing {
  /** Where it is on the page. */
  range: Range;
  /** What the frame is told about it. */
  draft: EditorDraft;
}

/**
 * Runs the highlighter in a document until `ctx` is invalidated.
 *
 * Steps: paint the stored highlights; watch the selection and show the button; on the reader's click (or
 * `editSelection`) describe the selection, preview it and open the editor's frame; answer the frame's relayed
 * messages (its draft, the colour, its height); when it closes, paint the saved highlight or remove the preview.
 */
export function runHighlighter(ctx: ContentScriptContext, doc: Document, deps: HighlighterDeps): void {
  const body = doc.body;
  if (!body) return;
  const painter = createPainter(doc, COLOUR_LIST);
  const ui = createHighlighterUi(doc, {
    setTimer: (run, ms) => ctx.setTimeout(run, ms),
    isTrusted: deps.isTrusted,
    editorUrl: deps.editorUrl,
  });
  const highlights = createPageHighlights(body, painter, deps.store, () => readPageInput(doc), ctx.signal);
  /** The range the button is about. */
  let current: Range | null = null;
  /** The passage the editor is open for. */
  let editing: Editing | null = null;
  let settle: number | undefined;

  function openEditor(range: Range): void {
    const selectors = describeRange(body, range);
    if (!selectors) {
      ui.notify(t.nothingToSave, 'problem');
      return;
    }
    if (editing) painter.unpaint(DRAFT_ID);
    current = range;
    const near = selectionEndRect(range);
    doc.getSelection()?.removeAllRanges();
    painter.paint(DRAFT_ID, DEFAULT_COLOUR, range);
    editing = { range, draft: { page: readPageInput(doc), selectors, colour: DEFAULT_COLOUR } };
    ui.openEditor(near);
  }

  function closeEditor(saved: Highlight | null): void {
    if (!editing) return;
    painter.unpaint(DRAFT_ID);
    if (saved) highlights.add(saved, editing.range);
    editing = null;
    current = null;
    ui.closeEditor();
    if (saved) ui.notify(t.saved, 'status');
  }

  const offerSelection = (): void => {
    if (ui.editing) return;
    const range = readSelection(doc);
    const near = range && selectionEndRect(range);
    if (!range || !near) {
      current = null;
      ui.hideButton();
      return;
    }
    current = range;
    ui.showButton(near, () => openEditor(range));
  };
  const offerSoon = (): void => {
    window.clearTimeout(settle);
    settle = ctx.setTimeout(offerSelection, SELECTION_SETTLE_MS);
  };

  ctx.addEventListener(doc, 'selectionchange', offerSoon);
  ctx.addEventListener(doc, 'mouseup', offerSoon);
  ctx.addEventListener(window, 'scroll', () => ui.reposition(current && selectionEndRect(current)), {
    capture: true,
    passive: true,
  });

  const handlers: Handlers<HighlighterProtocol> = {
    showHighlights: () => highlights.show(),
    revealQuote: (quote) => ({ found: highlights.revealQuote(quote, ctx.signal) }),
    editSelection: () => {
      const range = readSelection(doc);
      if (!range) {
        ui.notify(t.selectFirst, 'problem');
        return { opened: false };
      }
      ui.hideButton();
      openEditor(range);
      return { opened: true };
    },
    highlightChanged: ({ highlight }) => ({ painted: highlights.change(highlight) }),
    highlightRemoved: ({ id }) => highlights.remove(id),
    readEditorDraft: () => editing?.draft ?? null,
    editorColourChosen: ({ colour }) => {
      if (editing && isColourName(colour)) painter.paint(DRAFT_ID, colour, editing.range);
    },
    editorResized: ({ height }) => ui.resizeEditor(height),
    editorClosed: ({ saved }) => closeEditor(saved),
  };
  const removeHandlers = registerHandlers(deps.onMessage, handlers);
  ctx.onInvalidated(() => {
    removeHandlers();
    ui.destroy();
    painter.destroy();
  });

  void highlights.show();
}
