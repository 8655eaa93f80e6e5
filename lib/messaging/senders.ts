/**
 * Who sent a message, and whether it may. The background answers messages from three kinds of Crux's own contexts,
 * and each message says which of them may send it ({@link BACKGROUND_SENDERS}); everything else is refused before
 * its handler runs. A content script runs in a page the reader does not control, so it is trusted with its own
 * page only: it may read that page's notes and report where their passages were found, never search, change or
 * delete notes, and never name another page. Changing stored data is for extension pages: a new highlight comes
 * from the note editor's frame only (`entrypoints/editor/`, whose fields a page's scripts cannot reach), edits and
 * deletions from the popup and the library.
 */
import type { GetDataType } from '@webext-core/messaging';
import { normalizePageUrl, siteOf } from '../url/normalize';
import type { BackgroundProtocol } from './protocol';

/** A message's sender as the browser reports it (`runtime.MessageSender`, the fields Crux reads). */
export interface RawSender {
  /** The sending extension's id (Crux's own for every context of Crux). */
  id?: string;
  /** The URL of the sending document: a page's URL for a content script, an extension URL for Crux's pages. */
  url?: string;
  /** The tab the sender is in, if any (content scripts, and extension frames or pages shown in a tab). */
  tab?: { id?: number };
  /** The frame within that tab (0 for the top frame). */
  frameId?: number;
}

/** The note editor's page: an extension page shown in a frame of the page the reader is writing about. */
export const EDITOR_PATH = '/editor.html' as const;

/** A sender Crux recognises. */
export type Sender =
  /** One of Crux's extension pages (popup, library) not shown in a web page. */
  | { kind: 'extension-page'; path: string }
  /** Crux's note editor, in a frame of tab `tabId`. */
  | { kind: 'editor-frame'; tabId: number }
  /** Crux's content script in the top frame of tab `tabId`, on the page at `url`. */
  | { kind: 'content-script'; tabId: number; url: string };

/** The kinds of sender a message may come from. */
export type SenderKind = Sender['kind'];

/** URL schemes of extension pages (Chrome's, with a dynamic id for web-accessible frames too; Firefox's). */
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:']);

/**
 * Identifies a sender.
 * @param extensionId Crux's own id (`browser.runtime.id`)
 * @returns the sender, or null when it is none of Crux's contexts (another extension, a content script in a
 *   sub-frame, a sender without a URL): such a sender may send nothing
 */
export function identifySender(raw: RawSender, extensionId: string): Sender | null {
  if (!raw.id || raw.id !== extensionId || !raw.url) return null;
  let url: URL;
  try {
    url = new URL(raw.url);
  } catch {
    return null;
  }
  const tabId = raw.tab?.id;
  if (EXTENSION_SCHEMES.has(url.protocol)) {
    if (url.pathname === EDITOR_PATH) return tabId === undefined ? null : { kind: 'editor-frame', tabId };
    return { kind: 'extension-page', path: url.pathname };
  }
  // Crux injects its content script into the top frame only: a sender in a sub-frame is not Crux's.
  if (tabId === undefined || raw.frameId !== 0) return null;
  return { kind: 'content-script', tabId, url: raw.url };
}

/** Which senders may send one message. */
export interface SenderRule<D> {
  /** The kinds of sender allowed. */
  from: readonly SenderKind[];
  /**
   * For a content script: whether the message is about its own page (the URL it runs on). Required when
   * `from` includes `content-script` and the message names a page.
   */
  aboutOwnPage?(data: D, pageUrl: string): boolean;
}

/** One rule per message of a protocol (the compiler checks that none is missing). */
export type SenderRules<P> = { [K in keyof P]: SenderRule<GetDataType<P[K]>> };

/** The popup and the library only. */
const APP_PAGES: SenderRule<unknown> = { from: ['extension-page'] };
/** The note editor's frame only: the relays to the page it is shown in. */
const EDITOR: SenderRule<unknown> = { from: ['editor-frame'] };

/** Whether `url` is the page at `pageUrl` (same key: tracking parameters, fragment and `www.` aside). */
function isSamePage(url: string, pageUrl: string): boolean {
  return normalizePageUrl(url).key === normalizePageUrl(pageUrl).key;
}

/**
 * Which contexts may send each background message. Content scripts may read their own page's notes and report
 * their anchoring; a page's canonical link can name another page of its own site only (`normalizePageUrl`).
 */
export const BACKGROUND_SENDERS: SenderRules<BackgroundProtocol> = {
  // The editor frame saves what the reader typed in it; no content script can save.
  saveHighlight: EDITOR,
  updateHighlight: APP_PAGES,
  deleteHighlight: APP_PAGES,
  restoreHighlight: APP_PAGES,
  addPageNote: APP_PAGES,
  updatePageNote: APP_PAGES,
  deletePageNote: APP_PAGES,
  restorePageNote: APP_PAGES,
  loadPageNotes: {
    from: ['extension-page', 'content-script'],
    aboutOwnPage: (page, pageUrl) => isSamePage(page.url, pageUrl),
  },
  searchNotes: APP_PAGES,
  getSiteSettings: APP_PAGES,
  setSiteAutoShow: APP_PAGES,
  enableAutoShow: APP_PAGES,
  disableAutoShow: APP_PAGES,
  getAutoShow: APP_PAGES,
  highlightsAnchored: {
    from: ['content-script'],
    // A page's key is its own URL's, or its canonical link's on the same site.
    aboutOwnPage: (outcome, pageUrl) => {
      const own = normalizePageUrl(pageUrl).key;
      return outcome.pageKey === own || (siteOf(own) !== '' && siteOf(outcome.pageKey) === siteOf(own));
    },
  },
  openNoteInPage: APP_PAGES,
  readEditorDraft: EDITOR,
  editorColourChosen: EDITOR,
  editorResized: EDITOR,
  editorClosed: EDITOR,
};

/**
 * Whether a sender may send a message under its rule.
 * @returns null when it may, else why not (for the refusal)
 */
export function refusalOf<D>(rule: SenderRule<D>, sender: Sender | null, data: D): string | null {
  if (!sender) return 'an unknown sender';
  if (!rule.from.includes(sender.kind)) return `a ${sender.kind}`;
  if (sender.kind === 'content-script' && !rule.aboutOwnPage?.(data, sender.url))
    return 'a content script about another page';
  return null;
}
