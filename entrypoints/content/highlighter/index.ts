/**
 * The in-page highlighter: the content script's half of highlights and notes. When it starts (injected by the
 * popup, by the context menu or keyboard command, or by a site's auto-show registration) it paints the page's
 * stored highlights; then it offers "Save highlight" next to any selection, opens the note editor, saves through
 * the background (the content script never opens the database) and paints the result, and answers the popup's
 * requests (`HighlighterProtocol`). Every listener and timer goes through WXT's `ctx`, so all of it stops when the
 * extension reloads or the script is injected again.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { describeRange } from '@/lib/anchoring/describe';
import { createPainter } from '@/lib/anchoring/paint';
import { COLOUR_LIST, DEFAULT_COLOUR } from '@/lib/db/colours';
import type { PageInput } from '@/lib/db/pages';
import { registerHandlers, type Handlers, type OnMessage } from '@/lib/messaging/handlers';
import { backgroundMessenger, highlighterMessenger } from '@/lib/messaging/messengers';
import type { HighlighterProtocol } from '@/lib/messaging/protocol';
import { storeErrorSentence, notesStrings as t } from '@/lib/strings';
import { createPageHighlights, type HighlightStore } from './page-highlights';
import { readSelection, selectionEndRect } from './selection';
import { createHighlighterUi } from './ui';

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
      saveHighlight: (data) => sendMessage('saveHighlight', data),
      highlightsAnchored: (outcome) => sendMessage('highlightsAnchored', outcome),
    },
    onMessage: highlighterMessenger.onMessage,
  });
}

/**
 * Runs the highlighter in a document until `ctx` is invalidated.
 *
 * Steps: paint the stored highlights; watch the selection and show the button; on a click (or `editSelection`)
 * describe the selection, preview it, open the editor; on Save, store it and paint it, or show why it was not
 * saved and keep the editor open.
 */
export function runHighlighter(ctx: ContentScriptContext, doc: Document, deps: HighlighterDeps): void {
  const body = doc.body;
  if (!body) return;
  const painter = createPainter(doc, COLOUR_LIST);
  const ui = createHighlighterUi(doc, (run, ms) => ctx.setTimeout(run, ms));
  const highlights = createPageHighlights(body, painter, deps.store, () => readPageInput(doc), ctx.signal);
  /** The range the button or the editor is about. */
  let current: Range | null = null;
  let settle: number | undefined;

  function openEditor(range: Range): void {
    const selectors = describeRange(body, range);
    if (!selectors) {
      ui.notify(t.nothingToSave, 'problem');
      return;
    }
    current = range;
    const near = selectionEndRect(range);
    doc.getSelection()?.removeAllRanges();
    painter.paint(DRAFT_ID, DEFAULT_COLOUR, range);
    ui.openEditor(near, {
      onColour: (colour) => painter.paint(DRAFT_ID, colour, range),
      onCancel: () => {
        painter.unpaint(DRAFT_ID);
        current = null;
      },
      async onSave(draft) {
        painter.unpaint(DRAFT_ID);
        const saved = await highlights.save(range, draft, selectors);
        if (!saved.ok) {
          painter.paint(DRAFT_ID, draft.colour, range);
          return storeErrorSentence(saved.error);
        }
        current = null;
        ui.notify(t.saved, 'status');
        return null;
      },
    });
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
  };
  const removeHandlers = registerHandlers(deps.onMessage, handlers);
  ctx.onInvalidated(() => {
    removeHandlers();
    ui.destroy();
    painter.destroy();
  });

  void highlights.show();
}
