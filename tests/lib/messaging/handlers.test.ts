// @vitest-environment happy-dom
/**
 * Every message has a handler: the message names are read from the protocol maps themselves
 * (`lib/messaging/protocol.ts`), so a message added to a map without a handler fails here as well as in the type
 * checker, and each receiver's handlers are compared with its map.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAutoShowHandlers } from '@/entrypoints/background/auto-show';
import { createBackgroundHandlers } from '@/entrypoints/background/messages';
import { createContentHandlers } from '@/entrypoints/content/article';
import { runHighlighter } from '@/entrypoints/content/highlighter';
import { registerHandlers, type OnMessage } from '@/lib/messaging/handlers';
import type { HighlighterProtocol } from '@/lib/messaging/protocol';
import { ok } from '@/lib/result';
import { makeAutoShowApis } from '@/tests/background/fakes';
import { makeDb } from '@/tests/lib/db/helpers';

const PROTOCOL = readFileSync(
  path.join(import.meta.dirname, '..', '..', '..', 'lib', 'messaging', 'protocol.ts'),
  'utf8',
);

/** The message names of one map, in the order the file declares them. */
function messagesOf(map: string): string[] {
  const body = new RegExp(`export interface ${map} \\{([\\s\\S]*?)\\n\\}`).exec(PROTOCOL)?.[1] ?? '';
  return [...body.matchAll(/^ {2}(\w+)\(/gm)].map((m) => m[1]!);
}

/** A registrar that records what is registered and removed. */
function recordingOnMessage<P>(): { onMessage: OnMessage<P>; registered: string[] } {
  const registered: string[] = [];
  const onMessage = ((type: string) => {
    registered.push(type);
    return () => registered.splice(registered.indexOf(type), 1);
  }) as OnMessage<P>;
  return { onMessage, registered };
}

describe('the protocol maps', () => {
  it('are read from lib/messaging/protocol.ts', () => {
    expect(messagesOf('ContentProtocol')).toEqual(['extractArticle']);
    expect(messagesOf('HighlighterProtocol')).toContain('revealQuote');
    expect(messagesOf('BackgroundProtocol')).toContain('saveHighlight');
  });
});

describe('every message has a handler', () => {
  it('in the background', () => {
    const db = makeDb();
    const tabs = {
      createTab: async () => ({}),
      waitForLoad: async () => false,
      hasHostAccess: async () => false,
      injectContentScript: async () => {},
      showHighlights: async () => false,
      revealQuote: async () => false,
    };
    const handlers = createBackgroundHandlers(
      db,
      createAutoShowHandlers(db, makeAutoShowApis().apis),
      async () => 'persisted',
      tabs,
      {
        readEditorDraft: async () => null,
        editorColourChosen: async () => {},
        editorResized: async () => {},
        editorClosed: async () => {},
      },
    );
    expect(Object.keys(handlers).sort()).toEqual(messagesOf('BackgroundProtocol').sort());
  });

  it('in the content script', () => {
    expect(Object.keys(createContentHandlers(document)).sort()).toEqual(messagesOf('ContentProtocol').sort());
  });

  it('in the page highlighter, and its handlers are removed when the run ends', () => {
    document.body.innerHTML = '<p>Some text.</p>';
    const invalidated: (() => void)[] = [];
    const ctx = {
      signal: new AbortController().signal,
      setTimeout: (run: () => void, ms: number) => window.setTimeout(run, ms),
      addEventListener: () => {},
      onInvalidated: (run: () => void) => invalidated.push(run),
    } as unknown as ContentScriptContext;
    const { onMessage, registered } = recordingOnMessage<HighlighterProtocol>();
    const store = {
      loadPageNotes: async () => ok({ pageKey: 'k', highlights: [], notes: [] }),
    };
    runHighlighter(ctx, document, { store, onMessage, isTrusted: () => false, editorUrl: 'about:blank' });
    expect([...registered].sort()).toEqual(messagesOf('HighlighterProtocol').sort());
    for (const run of invalidated) run();
    expect(registered).toEqual([]);
  });
});

describe('registerHandlers', () => {
  it('routes a message’s data to its handler', async () => {
    const routes = new Map<string, (message: { data: unknown }) => unknown>();
    const onMessage = ((type: string, handler: (message: { data: unknown }) => unknown) => {
      routes.set(type, handler);
      return () => routes.delete(type);
    }) as OnMessage<{ double(n: number): number }>;
    const remove = registerHandlers(onMessage, { double: (n) => n * 2 });
    expect(await routes.get('double')!({ data: 21 })).toBe(42);
    remove();
    expect(routes.size).toBe(0);
  });
});
