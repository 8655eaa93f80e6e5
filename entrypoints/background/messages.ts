/**
 * The background's message handlers: one per message of {@link BackgroundProtocol}, registered in a loop over a
 * typed map (`registerHandlers`; no string-action branches), each behind its sender rule (`BACKGROUND_SENDERS` of
 * `lib/messaging/senders.ts`, applied by `guardHandlers` in `index.ts`). The notes messages call `lib/db` over the
 * database; this module adds the auto-show switch, the anchoring report, opening a note's page, the relays between
 * the note editor's frame and the page it is shown in, and asks for persistent storage after the first save.
 */
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { recordAnchorOutcome } from '@/lib/db/anchor-status';
import {
  addPageNote,
  deleteHighlight,
  deletePageNote,
  loadPageNotes,
  restoreHighlight,
  restorePageNote,
  saveHighlight,
  updateHighlight,
  updatePageNote,
} from '@/lib/db/notes';
import { getSiteSettings, setSiteAutoShow } from '@/lib/db/pages';
import type { PersistState } from '@/lib/db/persist';
import type { CruxDb } from '@/lib/db/schema';
import { searchNotes } from '@/lib/db/search';
import type { Handlers } from '@/lib/messaging/handlers';
import type { BackgroundProtocol, HighlighterProtocol } from '@/lib/messaging/protocol';
import type { Sender } from '@/lib/messaging/senders';
import type { AutoShowHandlers } from './auto-show';
import { openNoteInPage, type OpenInPageApis } from './open-in-page';

/** The messages the note editor's frame sends to the page it is shown in, through the background. */
export type EditorRelayMessage = 'readEditorDraft' | 'editorColourChosen' | 'editorResized' | 'editorClosed';

/**
 * How the background reaches the highlighter in the top frame of a tab (`tabs.sendMessage` with `frameId: 0`), one
 * function per relayed message, named as the message.
 */
export type EditorRelay = {
  [K in EditorRelayMessage]: (
    tabId: number,
    data: GetDataType<HighlighterProtocol[K]>,
  ) => Promise<GetReturnType<HighlighterProtocol[K]>>;
};

/**
 * The background's handlers.
 * @param requestPersistence asks for persistent storage (`requestPersistentStorage(navigator.storage)`); called
 *   after the first successful save (until it has answered once) — without it the browser may evict the notes under
 *   storage pressure
 * @param tabs opening a note's page for the library (`open-in-page.ts`)
 * @param relay the page an editor frame is shown in: each relay goes to the sender's own tab, never another
 */
export function createBackgroundHandlers(
  db: CruxDb,
  autoShow: AutoShowHandlers,
  requestPersistence: () => Promise<PersistState>,
  tabs: OpenInPageApis,
  relay: EditorRelay,
): Handlers<BackgroundProtocol, Sender> {
  let asked: Promise<PersistState> | null = null;
  const afterSave = <T extends { ok: boolean }>(result: T): T => {
    if (result.ok && !asked) asked = requestPersistence().catch(() => 'unsupported' as const);
    return result;
  };
  /** The tab of the editor frame that sent a relay (the sender rule admits editor frames only). */
  const tabOf = (sender?: Sender): number => {
    if (sender?.kind !== 'editor-frame') throw new Error('only the editor frame relays to its page');
    return sender.tabId;
  };
  return {
    saveHighlight: async (data) => afterSave(await saveHighlight(db, data)),
    updateHighlight: ({ id, changes }) => updateHighlight(db, id, changes),
    deleteHighlight: ({ id }) => deleteHighlight(db, id),
    restoreHighlight: ({ id }) => restoreHighlight(db, id),
    addPageNote: async (data) => afterSave(await addPageNote(db, data)),
    updatePageNote: ({ id, changes }) => updatePageNote(db, id, changes),
    deletePageNote: ({ id }) => deletePageNote(db, id),
    restorePageNote: ({ id }) => restorePageNote(db, id),
    loadPageNotes: (page) => loadPageNotes(db, page),
    searchNotes: ({ query, filters }) => searchNotes(db, query, filters),
    getSiteSettings: ({ site }) => getSiteSettings(db, site),
    setSiteAutoShow: ({ site, autoShow: on }) => setSiteAutoShow(db, site, on),
    ...autoShow,
    highlightsAnchored: (outcome) => recordAnchorOutcome(db, outcome),
    openNoteInPage: (request) => openNoteInPage(tabs, request),
    readEditorDraft: (_, sender) => relay.readEditorDraft(tabOf(sender), undefined),
    editorColourChosen: (data, sender) => relay.editorColourChosen(tabOf(sender), data),
    editorResized: (data, sender) => relay.editorResized(tabOf(sender), data),
    editorClosed: (data, sender) => relay.editorClosed(tabOf(sender), data),
  };
}
