// @vitest-environment happy-dom
/**
 * The in-page highlighter without a browser: its shadow-root editor, and its page state over a fake store (painted
 * with the `<mark>` fallback, as happy-dom has no CSS Custom Highlight API).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPageHighlights, type HighlightStore } from '@/entrypoints/content/highlighter/page-highlights';
import { readSelection } from '@/entrypoints/content/highlighter/selection';
import { createHighlighterUi, type HighlightDraft } from '@/entrypoints/content/highlighter/ui';
import { describeRange } from '@/lib/anchoring/describe';
import { createPainter } from '@/lib/anchoring/paint';
import { COLOUR_LIST } from '@/lib/db/colours';
import type { NewHighlight } from '@/lib/db/notes';
import type { Highlight } from '@/lib/db/types';
import { err, ok } from '@/lib/result';
import type { StoreError } from '@/lib/db/errors';
import { storeErrorSentence } from '@/lib/strings';

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll('crux-highlighter').forEach((e) => e.remove());
});

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

/** A fake store: saved highlights kept in memory; `failSave` makes saving fail with that error. */
function makeStore(failSave?: StoreError) {
  const saved: Highlight[] = [];
  const store: HighlightStore = {
    loadPageNotes: async () => ok({ pageKey: PAGE.url, highlights: [...saved], notes: [] }),
    saveHighlight: async (data: NewHighlight) => {
      if (failSave) return err(failSave);
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
      return ok(highlight);
    },
  };
  return { store, saved };
}

describe('the in-page editor', () => {
  function openEditor() {
    const ui = createHighlighterUi(document, () => undefined);
    const drafts: HighlightDraft[] = [];
    let reply: string | null = null;
    const cancelled: boolean[] = [];
    ui.openEditor(null, {
      onSave: async (draft) => {
        drafts.push(draft);
        return reply;
      },
      onColour: () => {},
      onCancel: () => cancelled.push(true),
    });
    const root = ui.host.shadowRoot!;
    return { ui, root, drafts, cancelled, failNext: (message: string) => (reply = message) };
  }

  it('lives in a shadow root that Crux’s text model ignores', () => {
    const { ui } = openEditor();
    expect(ui.host.hasAttribute('data-crux-ignore')).toBe(true);
    expect(ui.host.shadowRoot?.querySelector('[role="dialog"]')).toBeTruthy();
  });

  it('offers the named colours as a radio group, the first checked', () => {
    const { root } = openEditor();
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([
      'Key point',
      'Evidence',
      'Question',
      'Disagreement',
    ]);
    expect(radios.filter((r) => r.checked).map((r) => r.value)).toEqual(['key']);
  });

  it('saves colour, note and tags (the field’s and the note’s #tags) on Ctrl+Enter', async () => {
    const { root, drafts, ui } = openEditor();
    root.querySelector<HTMLInputElement>('input[value="question"]')!.click();
    root.querySelector('textarea')!.value = 'Is this figure right? #check';
    root.querySelector<HTMLInputElement>('input[type="text"]')!.value = 'budget, council';
    root
      .querySelector('textarea')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await expect.poll(() => drafts.length).toBe(1);
    expect(drafts[0]).toEqual({
      colour: 'question',
      note: 'Is this figure right? #check',
      tags: ['budget', 'council', 'check'],
    });
    await expect.poll(() => ui.editing).toBe(false);
  });

  it('keeps the editor open and shows the failure sentence when saving fails', async () => {
    const { root, ui, failNext } = openEditor();
    failNext('Your disk is full, so this highlight was not saved.');
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await expect
      .poll(() => root.querySelector('[role="alert"]:not([hidden])')?.textContent)
      .toBe('Your disk is full, so this highlight was not saved.');
    expect(ui.editing).toBe(true);
  });

  it('cancels on Escape', () => {
    const { root, ui, cancelled } = openEditor();
    root.querySelector('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cancelled).toEqual([true]);
    expect(ui.editing).toBe(false);
  });

  it('announces a message as an alert or a status', () => {
    const ui = createHighlighterUi(document, () => undefined);
    ui.notify('Select some text on the page first.', 'problem');
    expect(ui.host.shadowRoot!.querySelector('[role="alert"]')?.textContent).toBe(
      'Select some text on the page first.',
    );
    ui.notify('Saved to Crux', 'status');
    expect(ui.host.shadowRoot!.querySelector('[role="status"]')?.textContent).toBe('Saved to Crux');
  });
});

describe('the page’s highlights', () => {
  it('saves a selection, paints it, and finds it again after text is inserted before it', async () => {
    const range = showArticle(
      ['The council says the wall will cost four million pounds.', 'Fishers disagree.'],
      'four million pounds',
    );
    const { store, saved } = makeStore();
    const painter = createPainter(document, COLOUR_LIST, null);
    const highlights = createPageHighlights(document.body, painter, store, () => PAGE);
    const result = await highlights.save(
      range,
      { colour: 'evidence', note: 'source?' },
      describeRange(document.body, range)!,
    );
    expect(result.ok).toBe(true);
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
    const { store } = makeStore();
    const first = createPageHighlights(document.body, createPainter(document, COLOUR_LIST, null), store, () => PAGE);
    await first.save(range, {}, describeRange(document.body, range)!);
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

  it('paints nothing and passes the failure on when saving fails', async () => {
    const range = showArticle(['Some text worth keeping.'], 'worth keeping');
    const { store } = makeStore({ code: 'quota', action: 'save-highlight' });
    const highlights = createPageHighlights(
      document.body,
      createPainter(document, COLOUR_LIST, null),
      store,
      () => PAGE,
    );
    const result = await highlights.save(range, {}, describeRange(document.body, range)!);
    expect(!result.ok && storeErrorSentence(result.error)).toBe(
      'Your disk is full, so this highlight was not saved. Free some space and try again — your other notes are safe.',
    );
    expect(document.querySelector('mark')).toBeNull();
  });

  it('paints nothing for a load that finishes after its run was replaced', async () => {
    const range = showArticle(['A sentence to keep.'], 'sentence');
    const { store } = makeStore();
    await createPageHighlights(document.body, createPainter(document, COLOUR_LIST, null), store, () => PAGE).save(
      range,
      {},
      describeRange(document.body, range)!,
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
      saveHighlight: () => Promise.reject(new Error('x')),
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
    const { store, saved } = makeStore();
    const highlights = createPageHighlights(
      document.body,
      createPainter(document, COLOUR_LIST, null),
      store,
      () => PAGE,
    );
    await highlights.save(range, {}, describeRange(document.body, range)!);
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
