import { describe, expect, it } from 'vitest';
import { createAutoShowHandlers } from '@/entrypoints/background/auto-show';
import { createBackgroundHandlers } from '@/entrypoints/background/messages';
import { guardHandlers, registerHandlers, type OnMessage } from '@/lib/messaging/handlers';
import { BACKGROUND_SENDERS, identifySender } from '@/lib/messaging/senders';
import type { OpenInPageApis } from '@/entrypoints/background/open-in-page';
import type { BackgroundProtocol } from '@/lib/messaging/protocol';
import { makeDb, makePage, makeSelectors } from '@/tests/lib/db/helpers';
import { makeAutoShowApis } from './fakes';

/** Every background message, listed by hand: a message without a handler fails here and in the type checker. */
const MESSAGES: (keyof BackgroundProtocol)[] = [
  'saveHighlight',
  'updateHighlight',
  'deleteHighlight',
  'restoreHighlight',
  'addPageNote',
  'updatePageNote',
  'deletePageNote',
  'restorePageNote',
  'loadPageNotes',
  'searchNotes',
  'getSiteSettings',
  'setSiteAutoShow',
  'enableAutoShow',
  'disableAutoShow',
  'getAutoShow',
  'highlightsAnchored',
  'openNoteInPage',
  'readEditorDraft',
  'editorColourChosen',
  'editorResized',
  'editorClosed',
];

/** Crux's id in these tests, and the senders its contexts would be. */
const CRUX = 'crux-test-id';
const LIBRARY = { id: CRUX, url: `chrome-extension://${CRUX}/library.html` };
const EDITOR = { id: CRUX, url: `chrome-extension://${CRUX}/editor.html`, tab: { id: 7 }, frameId: 3 };
const identify = (sender: Parameters<typeof identifySender>[0]) => identifySender(sender, CRUX);

/** A relay that records what it passes on to which tab. */
function makeRelay() {
  const relayed: [string, number, unknown][] = [];
  const relay = {
    readEditorDraft: async (tabId: number) => {
      relayed.push(['readEditorDraft', tabId, undefined]);
      return null;
    },
    editorColourChosen: async (tabId: number, data: unknown) => void relayed.push(['editorColourChosen', tabId, data]),
    editorResized: async (tabId: number, data: unknown) => void relayed.push(['editorResized', tabId, data]),
    editorClosed: async (tabId: number, data: unknown) => void relayed.push(['editorClosed', tabId, data]),
  };
  return { relay, relayed };
}

/** Tab APIs for handlers whose tests open no page. */
const NO_TABS: OpenInPageApis = {
  createTab: async () => ({}),
  waitForLoad: async () => false,
  hasHostAccess: async () => false,
  injectContentScript: async () => {},
  showHighlights: async () => false,
  revealQuote: async () => false,
};

function makeHandlers() {
  const db = makeDb();
  const asked: string[] = [];
  const { relay, relayed } = makeRelay();
  const handlers = createBackgroundHandlers(
    db,
    createAutoShowHandlers(db, makeAutoShowApis().apis),
    async () => {
      asked.push('persist');
      return 'persisted';
    },
    NO_TABS,
    relay,
  );
  return { handlers, asked, relayed };
}

describe('background message handlers', () => {
  it('has a handler for every message, and registers each one', () => {
    const { handlers } = makeHandlers();
    expect(Object.keys(handlers).sort()).toEqual([...MESSAGES].sort());
    const registered: string[] = [];
    const onMessage: OnMessage<BackgroundProtocol> = (type) => {
      registered.push(type);
      return () => registered.splice(registered.indexOf(type), 1);
    };
    const removeAll = registerHandlers(onMessage, guardHandlers(handlers, BACKGROUND_SENDERS, identify));
    expect(registered.sort()).toEqual([...MESSAGES].sort());
    removeAll();
    expect(registered).toEqual([]);
  });

  it('routes a message’s data to its handler and its reply back', async () => {
    const { handlers } = makeHandlers();
    const routes = new Map<string, (message: { data: never; sender: object }) => Promise<unknown>>();
    registerHandlers(
      ((type: string, handler: (message: { data: never; sender: object }) => Promise<unknown>) => {
        routes.set(type, handler);
        return () => {};
      }) as OnMessage<BackgroundProtocol>,
      guardHandlers(handlers, BACKGROUND_SENDERS, identify),
    );
    const saved = (await routes.get('saveHighlight')!({
      data: { page: makePage(), selectors: makeSelectors('tide pools'), note: 'n' } as never,
      sender: EDITOR,
    })) as { ok: boolean };
    expect(saved.ok).toBe(true);
    const loaded = (await routes.get('loadPageNotes')!({ data: makePage() as never, sender: LIBRARY })) as {
      ok: true;
      value: { highlights: { note: string }[] };
    };
    expect(loaded.value.highlights.map((h) => h.note)).toEqual(['n']);
  });

  it('asks for persistent storage after the first successful save only', async () => {
    const { handlers, asked } = makeHandlers();
    const failed = await handlers.saveHighlight({ page: makePage(), selectors: [] });
    expect(failed.ok).toBe(false);
    expect(asked).toEqual([]);
    await handlers.saveHighlight({ page: makePage(), selectors: makeSelectors('one') });
    await handlers.addPageNote({ page: makePage(), text: 'two' });
    expect(asked).toEqual(['persist']);
  });

  it('relays the editor frame’s messages to the page of its own tab only', async () => {
    const { handlers, relayed } = makeHandlers();
    const guarded = guardHandlers(handlers, BACKGROUND_SENDERS, identify);
    await guarded.readEditorDraft(undefined, EDITOR);
    await guarded.editorColourChosen({ colour: 'question' }, EDITOR);
    await guarded.editorResized({ height: 300 }, EDITOR);
    await guarded.editorClosed({ saved: null }, EDITOR);
    expect(relayed).toEqual([
      ['readEditorDraft', 7, undefined],
      ['editorColourChosen', 7, { colour: 'question' }],
      ['editorResized', 7, { height: 300 }],
      ['editorClosed', 7, { saved: null }],
    ]);
  });
});
