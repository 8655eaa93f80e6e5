// @vitest-environment happy-dom
/**
 * The in-page highlighter without a browser: its closed-shadow-root UI (the button that opens the editor's frame,
 * for the reader's clicks only), the relays from the editor's frame, and its page state over a fake store (painted
 * with the `<mark>` fallback, as happy-dom has no CSS Custom Highlight API). happy-dom's events are never trusted,
 * like a page script's: tests that play the reader stand in for the trust check, the others keep the real one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPageHighlights, type HighlightStore } from '@/entrypoints/content/highlighter/page-highlights';
import { readSelection } from '@/entrypoints/content/highlighter/selection';
import { createHighlighterUi, type HighlighterUiDeps } from '@/entrypoints/content/highlighter/ui';
import { runHighlighter } from '@/entrypoints/content/highlighter';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OnMessage } from '@/lib/messaging/handlers';
import type { HighlighterProtocol } from '@/lib/messaging/protocol';
import { describeRange } from '@/lib/anchoring/describe';
import { createPainter } from '@/lib/anchoring/paint';
import { COLOUR_LIST } from '@/lib/db/colours';
import type { NewHighlight } from '@/lib/db/notes';
import type { Highlight } from '@/lib/db/types';
import { ok } from '@/lib/result';
import { storeErrorSentence } from '@/lib/strings';

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll('[data-crux-ignore]').forEach((e) => e.remove());
});

/** The browser's own check: happy-dom's dispatched events, like a page script's, are not trusted. */
const realTrust = (event: Event) => event.isTrusted;
/** A stand-in for the reader's own input. */
const readerTrust = () => true;

/** UI dependencies for tests. */
function uiDeps(isTrusted = realTrust): HighlighterUiDeps {
  return { setTimer: () => undefined, isTrusted, editorUrl: 'about:blank#crux-editor' };
}

const PAGE = { url: 'https://news.example/story', title: 'Story' };

/** Shows an article and returns a range over `quote` in its first paragraph. */
function showArticle(paragraphs: string[], quote: string): Range {
  document.body.innerHTML = paragraphs.map((p) => `<p>${p}</p>`).join('');
  const text = document.body.querySelector('p')!.firstChild as Text;
  const start = text.data.indexOf(quote);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + quote.length);
  return range;
}

/**
 * A fake store: highlights kept in memory. `save` stands for the editor's frame, which saves through the
 * background (the content script's store cannot save).
 */
function makeStore() {
  const saved: Highlight[] = [];
  const store: HighlightStore = {
    loadPageNotes: async () => ok({ pageKey: PAGE.url, highlights: [...saved], notes: [] }),
  };
  const save = (data: Omit<NewHighlight, 'page'>): Highlight => {
    const highlight: Highlight = {
      id: `h${saved.length + 1}`,
      pageKey: PAGE.url,
      site: 'news.example',
      url: PAGE.url,
      quote: 'q',
      selectors: data.selectors,
      colour: data.colour ?? 'key',
      note: data.note ?? '',
      tags: data.tags ?? [],
      words: [],
      created: 1,
      modified: 1,
    };
    saved.push(highlight);
    return highlight;
  };
  return { store, saved, save };
}

describe('the in-page UI', () => {
  it('lives in a closed shadow root on a plain div that Crux’s text model ignores', () => {
    const ui = createHighlighterUi(document, uiDeps());
    expect(ui.host.tagName).toBe('DIV');
    expect(ui.host.hasAttribute('data-crux-ignore')).toBe(true);
    // What a page's script sees: no shadow root to look into.
    expect(ui.host.shadowRoot).toBeNull();
  });

  it('opens the editor on the reader’s click, and ignores a click a page’s script makes', () => {
    const opened: string[] = [];
    const forged = createHighlighterUi(document, uiDeps(realTrust));
    forged.showButton(new DOMRect(10, 10, 50, 16), () => opened.push('forged'));
    forged.root.querySelector('button')!.click();
    forged.root.querySelector('button')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(opened).toEqual([]);

    const reader = createHighlighterUi(document, uiDeps(readerTrust));
    reader.showButton(new DOMRect(10, 10, 50, 16), () => opened.push('reader'));
    expect(reader.root.querySelector('button')?.textContent).toBe('Save highlight');
    reader.root.querySelector('button')!.click();
    expect(opened).toEqual(['reader']);
  });

  it('shows the editor as a frame of Crux’s editor page, not as fields in the page', () => {
    const ui = createHighlighterUi(document, uiDeps());
    ui.openEditor(null);
    expect(ui.editing).toBe(true);
    const frame = ui.root.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('about:blank#crux-editor');
    expect(frame?.title).toBe('Save a highlight to Crux');
    expect(ui.root.querySelectorAll('textarea, input, form')).toHaveLength(0);
    ui.resizeEditor(5000);
    expect(frame?.style.height).toBe('640px');
    ui.closeEditor();
    expect(ui.editing).toBe(false);
    expect(ui.root.querySelector('iframe')).toBeNull();
  });

  it('announces a message as an alert or a status', () => {
    const ui = createHighlighterUi(document, uiDeps());
    ui.notify('Select some text on the page first.', 'problem');
    expect(ui.root.querySelector('[role="alert"]')?.textContent).toBe('Select some text on the page first.');
    ui.notify('Saved to Crux', 'status');
    expect(ui.root.querySelector('[role="status"]')?.textContent).toBe('Saved to Crux');
  });
});

describe('the highlighter and the editor’s frame', () => {
  /** Runs the highlighter over a page with one paragraph, capturing its message handlers. */
  function run(isTrusted: (event: Event) => boolean) {
    showArticle(['The council says the wall will cost four million pounds.'], 'four million pounds');
    const handlers = new Map<string, (message: { data: unknown }) => unknown>();
    const onMessage = ((type: string, handler: (message: { data: unknown }) => unknown) => {
      handlers.set(type, handler);
      return () => handlers.delete(type);
    }) as OnMessage<HighlighterProtocol>;
    const invalidated: (() => void)[] = [];
    const ctx = {
      signal: new AbortController().signal,
      setTimeout: (go: () => void, ms: number) => window.setTimeout(go, ms),
      addEventListener: (target: EventTarget, type: string, listener: EventListener) =>
        target.addEventListener(type, listener),
      onInvalidated: (stop: () => void) => invalidated.push(stop),
    } as unknown as ContentScriptContext;
    const { store, save } = makeStore();
    runHighlighter(ctx, document, { store, onMessage, isTrusted, editorUrl: 'about:blank#crux-editor' });
    const send = (type: keyof HighlighterProtocol, data?: unknown) => handlers.get(type)!({ data });
    const select = () => {
      const text = document.querySelector('p')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf('four'));
      range.setEnd(text, text.data.indexOf('pounds') + 'pounds'.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    };
    const host = () => document.querySelector<HTMLElement>('[data-crux-ignore]');
    return { send, save, select, host, stop: () => invalidated.forEach((f) => f()) };
  }

  it('hands the frame the passage, previews its colour, and paints it once the frame saved it', async () => {
    const { send, save, select, stop } = run(readerTrust);
    await Promise.resolve();
    expect(send('readEditorDraft')).toBeNull();
    select();
    expect(send('editSelection')).toEqual({ opened: true });
    const draft = send('readEditorDraft') as { page: { url: string }; selectors: NewHighlight['selectors'] };
    expect(draft.page.url).toBe(location.href);
    expect(draft.selectors.find((s) => s.type === 'TextQuoteSelector')).toMatchObject({ exact: 'four million pounds' });
    send('editorColourChosen', { colour: 'question' });
    expect(document.querySelector('mark[data-crux-colour="question"]')?.textContent).toBe('four million pounds');

    const saved = save({ selectors: draft.selectors, colour: 'evidence', note: 'source?' });
    send('editorClosed', { saved });
    expect(send('readEditorDraft')).toBeNull();
    expect(document.querySelector('mark[data-crux-colour="question"]')).toBeNull();
    expect(document.querySelector('mark[data-crux-colour="evidence"]')?.textContent).toBe('four million pounds');
    stop();
  });

  it('removes the preview when the frame was cancelled', () => {
    const { send, select, stop } = run(readerTrust);
    select();
    send('editSelection');
    expect(document.querySelector('mark')?.textContent).toBe('four million pounds');
    send('editorClosed', { saved: null });
    expect(document.querySelector('mark')).toBeNull();
    expect(send('readEditorDraft')).toBeNull();
    stop();
  });
});

describe('the page’s highlights', () => {
  it('saves a selection, paints it, and finds it again after text is inserted before it', async () => {
    const range = showArticle(
      ['The council says the wall will cost four million pounds.', 'Fishers disagree.'],
      'four million pounds',
    );
    const { store, saved, save } = makeStore();
    const painter = createPainter(document, COLOUR_LIST, null);
    const highlights = createPageHighlights(document.body, painter, store, () => PAGE);
    const selectors = describeRange(document.body, range)!;
    highlights.add(save({ selectors, colour: 'evidence', note: 'source?' }), range);
    expect(document.querySelector('mark[data-crux-colour="evidence"]')?.textContent).toBe('four million pounds');
    expect(saved[0]?.note).toBe('source?');

    painter.destroy();
    document.body.innerHTML = `<p>Update: a correction was added above.</p>${document.body.innerHTML}`;
    const again = createPageHighlights(document.body, createPainter(document, COLOUR_LIST, null), store, () => PAGE);
    const shown = await again.show();
    expect(shown.ok && shown.value.placement).toEqual({ placed: ['h1'], notFound: [] });
    expect(document.querySelector('mark[data-crux-colour="evidence"]')?.textContent).toBe('four million pounds');
  });

  it('lists a highlight whose passage is gone as not found, and keeps it', async () => {
    const range = showArticle(['The council says the wall will cost four million pounds.'], 'four million pounds');
    const { store, save } = makeStore();
    const first = createPageHighlights(document.body, createPainter(document, COLOUR_LIST, null), store, () => PAGE);
    first.add(save({ selectors: describeRange(document.body, range)! }), range);
    document.body.innerHTML = '<p>An entirely different article about tides.</p>';
    const shown = await createPageHighlights(
      document.body,
      createPainter(document, COLOUR_LIST, null),
      store,
      () => PAGE,
    ).show();
    expect(shown.ok && shown.value.placement).toEqual({ placed: [], notFound: ['h1'] });
    expect(shown.ok && shown.value.highlights.map((h) => h.id)).toEqual(['h1']);
  });

  it('paints nothing for a load that finishes after its run was replaced', async () => {
    const range = showArticle(['A sentence to keep.'], 'sentence');
    const { store, save } = makeStore();
    createPageHighlights(document.body, createPainter(document, COLOUR_LIST, null), store, () => PAGE).add(
      save({ selectors: describeRange(document.body, range)! }),
      range,
    );
    document.querySelectorAll('mark').forEach((m) => m.replaceWith(...m.childNodes));
    document.body.normalize();
    const replaced = new AbortController();
    const pending = createPageHighlights(
      document.body,
      createPainter(document, COLOUR_LIST, null),
      store,
      () => PAGE,
      replaced.signal,
    ).show();
    replaced.abort();
    const shown = await pending;
    expect(shown.ok && shown.value.placement.placed).toEqual(['h1']);
    expect(document.querySelector('mark')).toBeNull();
  });

  it('says the store could not be reached when the background does not answer', async () => {
    showArticle(['Text.'], 'Text');
    const store: HighlightStore = {
      loadPageNotes: () => Promise.reject(new Error('Could not establish connection')),
    };
    const shown = await createPageHighlights(
      document.body,
      createPainter(document, COLOUR_LIST, null),
      store,
      () => PAGE,
    ).show();
    expect(!shown.ok && storeErrorSentence(shown.error)).toBe(
      'Your highlights were not loaded: Crux couldn’t reach its notes store. Reload the page and try again.',
    );
  });

  it('repaints a changed colour and removes a deleted highlight', async () => {
    const range = showArticle(['A sentence to colour.'], 'sentence');
    const { store, saved, save } = makeStore();
    const highlights = createPageHighlights(
      document.body,
      createPainter(document, COLOUR_LIST, null),
      store,
      () => PAGE,
    );
    highlights.add(save({ selectors: describeRange(document.body, range)! }), range);
    expect(highlights.change({ ...saved[0]!, colour: 'disagree' })).toBe(true);
    expect(document.querySelector('mark')?.getAttribute('data-crux-colour')).toBe('disagree');
    highlights.remove('h1');
    expect(document.querySelector('mark')).toBeNull();
    expect(document.body.textContent).toBe('A sentence to colour.');
  });
});

describe('reading the selection', () => {
  it('accepts text of the page and refuses Crux’s own UI and whitespace', () => {
    const range = showArticle(['Pick these words please.'], 'these words');
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    expect(readSelection(document)?.toString()).toBe('these words');
    const ui = document.createElement('div');
    ui.setAttribute('data-crux-ignore', '');
    ui.textContent = 'Crux UI text';
    document.body.append(ui);
    const inUi = document.createRange();
    inUi.selectNodeContents(ui);
    selection.removeAllRanges();
    selection.addRange(inUi);
    expect(readSelection(document)).toBeNull();
    selection.removeAllRanges();
    expect(readSelection(document)).toBeNull();
  });
});
