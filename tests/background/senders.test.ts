/**
 * Every background message is checked against its sender. A content script runs in a page the reader does not
 * control, so it may only read its own page's notes and report where they were found; notes change only from
 * Crux's extension pages, a new highlight only from the note editor's frame. Each message is sent from every kind of
 * sender its rule leaves out, and must be refused without its handler running.
 */
import { describe, expect, it } from 'vitest';
import { createAutoShowHandlers } from '@/entrypoints/background/auto-show';
import { createBackgroundHandlers } from '@/entrypoints/background/messages';
import type { OpenInPageApis } from '@/entrypoints/background/open-in-page';
import { guardHandlers, SenderRefused, type Handlers } from '@/lib/messaging/handlers';
import type { BackgroundProtocol } from '@/lib/messaging/protocol';
import {
  BACKGROUND_SENDERS,
  identifySender,
  type RawSender,
  type Sender,
  type SenderKind,
} from '@/lib/messaging/senders';
import { makeDb, makePage, makeSelectors } from '@/tests/lib/db/helpers';
import { makeAutoShowApis } from './fakes';

const CRUX = 'crux-test-id';
const STORY = 'https://news.example/story';

/** One sender of each kind, as the browser reports it. */
const SENDERS: Record<SenderKind, RawSender> = {
  'extension-page': { id: CRUX, url: `chrome-extension://${CRUX}/library.html` },
  'editor-frame': { id: CRUX, url: `chrome-extension://${CRUX}/editor.html`, tab: { id: 4 }, frameId: 2 },
  'content-script': { id: CRUX, url: STORY, tab: { id: 4 }, frameId: 0 },
};

/** Senders that are none of Crux's contexts. */
const STRANGERS: Record<string, RawSender | undefined> = {
  'another extension': { id: 'other-extension', url: 'chrome-extension://other-extension/page.html' },
  'Crux’s script in a sub-frame': { id: CRUX, url: 'https://ads.example/frame', tab: { id: 4 }, frameId: 9 },
  'a sender without a URL': { id: CRUX },
  'no sender at all': undefined,
};

/** Data each message may carry (about the content script's own page where a page is named). */
const DATA: { [K in keyof BackgroundProtocol]: Parameters<BackgroundProtocol[K]>[0] } = {
  saveHighlight: { page: makePage({ url: STORY }), selectors: makeSelectors('tide') },
  updateHighlight: { id: 'h1', changes: { note: 'changed' } },
  deleteHighlight: { id: 'h1' },
  restoreHighlight: { id: 'h1' },
  addPageNote: { page: makePage({ url: STORY }), text: 'note' },
  updatePageNote: { id: 'n1', changes: { text: 'changed' } },
  deletePageNote: { id: 'n1' },
  restorePageNote: { id: 'n1' },
  loadPageNotes: makePage({ url: STORY }),
  searchNotes: { query: '' },
  getSiteSettings: { site: 'news.example' },
  setSiteAutoShow: { site: 'news.example', autoShow: true },
  enableAutoShow: { site: 'news.example' },
  disableAutoShow: { site: 'news.example' },
  getAutoShow: { site: 'news.example' },
  highlightsAnchored: { pageKey: STORY, placed: [], notFound: [] },
  openNoteInPage: { url: STORY },
  readEditorDraft: undefined,
  editorColourChosen: { colour: 'key' },
  editorResized: { height: 200 },
  editorClosed: { saved: null },
};

/** Handlers that only record that they ran. */
function makeSpyHandlers() {
  const ran: string[] = [];
  const handlers = Object.fromEntries(
    Object.keys(BACKGROUND_SENDERS).map((type) => [type, () => void ran.push(type)]),
  ) as unknown as Handlers<BackgroundProtocol, Sender>;
  return { ran, guarded: guardHandlers(handlers, BACKGROUND_SENDERS, (raw) => identifySender(raw, CRUX)) };
}

/** Sends a message through the guard. @returns 'refused' or 'handled' */
async function send(
  guarded: Handlers<BackgroundProtocol>,
  type: keyof BackgroundProtocol,
  data: unknown,
  sender: RawSender | undefined,
): Promise<'refused' | 'handled'> {
  try {
    await (guarded[type] as (data: unknown, sender: unknown) => unknown)(data, sender);
    return 'handled';
  } catch (error) {
    if (error instanceof SenderRefused) return 'refused';
    throw error;
  }
}

const KINDS = Object.keys(SENDERS) as SenderKind[];
const MESSAGES = Object.keys(BACKGROUND_SENDERS) as (keyof BackgroundProtocol)[];
const REFUSED_CASES = MESSAGES.flatMap((type) =>
  KINDS.filter((kind) => !BACKGROUND_SENDERS[type].from.includes(kind)).map((kind) => [type, kind] as const),
);
const ALLOWED_CASES = MESSAGES.flatMap((type) => BACKGROUND_SENDERS[type].from.map((kind) => [type, kind] as const));

describe('background messages checked against their sender', () => {
  it.each(REFUSED_CASES)('refuses %s from a %s, without running its handler', async (type, kind) => {
    const { ran, guarded } = makeSpyHandlers();
    expect(await send(guarded, type, DATA[type], SENDERS[kind])).toBe('refused');
    expect(ran).toEqual([]);
  });

  it.each(ALLOWED_CASES)('answers %s from a %s', async (type, kind) => {
    const { ran, guarded } = makeSpyHandlers();
    expect(await send(guarded, type, DATA[type], SENDERS[kind])).toBe('handled');
    expect(ran).toEqual([type]);
  });

  it.each(Object.entries(STRANGERS))('refuses every message from %s', async (_, sender) => {
    const { ran, guarded } = makeSpyHandlers();
    for (const type of MESSAGES) expect(await send(guarded, type, DATA[type], sender)).toBe('refused');
    expect(ran).toEqual([]);
  });

  it('lets a content script read its own page’s notes (under tracking parameters too), never another page’s', async () => {
    const { ran, guarded } = makeSpyHandlers();
    const script = SENDERS['content-script'];
    expect(await send(guarded, 'loadPageNotes', makePage({ url: `${STORY}?utm_source=x#top` }), script)).toBe(
      'handled',
    );
    expect(await send(guarded, 'loadPageNotes', makePage({ url: 'https://bank.example/statement' }), script)).toBe(
      'refused',
    );
    expect(await send(guarded, 'loadPageNotes', makePage({ url: 'https://news.example/other' }), script)).toBe(
      'refused',
    );
    expect(ran).toEqual(['loadPageNotes']);
  });

  it('lets a content script report the anchoring of its own site’s pages only', async () => {
    const { guarded } = makeSpyHandlers();
    const script = SENDERS['content-script'];
    const outcome = (pageKey: string) => ({ pageKey, placed: ['h1'], notFound: [] });
    expect(await send(guarded, 'highlightsAnchored', outcome(STORY), script)).toBe('handled');
    expect(await send(guarded, 'highlightsAnchored', outcome('https://bank.example/statement'), script)).toBe(
      'refused',
    );
  });

  it('identifies Crux’s pages, its editor frame and its content script, and nothing else', () => {
    expect(identifySender(SENDERS['extension-page'], CRUX)).toEqual({ kind: 'extension-page', path: '/library.html' });
    expect(identifySender(SENDERS['editor-frame'], CRUX)).toEqual({ kind: 'editor-frame', tabId: 4 });
    expect(identifySender(SENDERS['content-script'], CRUX)).toEqual({ kind: 'content-script', tabId: 4, url: STORY });
    // The editor page outside a tab is not the editor frame.
    expect(identifySender({ id: CRUX, url: `moz-extension://uuid/editor.html` }, CRUX)).toBeNull();
    for (const sender of Object.values(STRANGERS)) if (sender) expect(identifySender(sender, CRUX)).toBeNull();
  });
});

describe('opening a note’s page', () => {
  const tabs = (opened: string[]): OpenInPageApis => ({
    createTab: async (url) => {
      opened.push(url);
      return {};
    },
    waitForLoad: async () => false,
    hasHostAccess: async () => false,
    injectContentScript: async () => {},
    showHighlights: async () => false,
    revealQuote: async () => false,
  });

  it.each([
    'chrome://settings/',
    'about:config',
    'file:///etc/passwd',
    'javascript:alert(1)',
    `chrome-extension://${CRUX}/library.html`,
    'not a url',
  ])('opens nothing for %s, even when the library asks', async (url) => {
    const db = makeDb();
    const opened: string[] = [];
    const handlers = createBackgroundHandlers(
      db,
      createAutoShowHandlers(db, makeAutoShowApis().apis),
      async () => 'persisted',
      tabs(opened),
      {
        readEditorDraft: async () => null,
        editorColourChosen: async () => {},
        editorResized: async () => {},
        editorClosed: async () => {},
      },
    );
    const guarded = guardHandlers(handlers, BACKGROUND_SENDERS, (raw) => identifySender(raw, CRUX));
    expect(await guarded.openNoteInPage({ url }, SENDERS['extension-page'])).toEqual({ shown: 'refused' });
    expect(opened).toEqual([]);
    expect(await guarded.openNoteInPage({ url: STORY }, SENDERS['extension-page'])).toEqual({ shown: 'opened' });
    expect(opened).toEqual([STORY]);
  });
});
