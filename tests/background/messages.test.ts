import { describe, expect, it } from 'vitest';
import { createAutoShowHandlers } from '@/entrypoints/background/auto-show';
import { createBackgroundHandlers } from '@/entrypoints/background/messages';
import { registerHandlers, type OnMessage } from '@/lib/messaging/handlers';
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
];

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
  const handlers = createBackgroundHandlers(
    db,
    createAutoShowHandlers(db, makeAutoShowApis().apis),
    async () => {
      asked.push('persist');
      return 'persisted';
    },
    NO_TABS,
  );
  return { handlers, asked };
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
    const removeAll = registerHandlers(onMessage, handlers);
    expect(registered.sort()).toEqual([...MESSAGES].sort());
    removeAll();
    expect(registered).toEqual([]);
  });

  it('routes a message’s data to its handler and its reply back', async () => {
    const { handlers } = makeHandlers();
    const routes = new Map<string, (message: { data: never }) => Promise<unknown>>();
    registerHandlers(
      ((type: string, handler: (message: { data: never }) => Promise<unknown>) => {
        routes.set(type, handler);
        return () => {};
      }) as OnMessage<BackgroundProtocol>,
      handlers,
    );
    const saved = (await routes.get('saveHighlight')!({
      data: { page: makePage(), selectors: makeSelectors('tide pools'), note: 'n' } as never,
    })) as { ok: boolean };
    expect(saved.ok).toBe(true);
    const loaded = (await routes.get('loadPageNotes')!({ data: makePage() as never })) as {
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
});
