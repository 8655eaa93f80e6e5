/**
 * The background's message handlers: one per message of {@link BackgroundProtocol}, registered in a loop over a
 * typed map (`registerHandlers`; no string-action branches). The notes messages call `lib/db` over the database;
 * this module adds the auto-show switch, the anchoring report, opening a note's page, and asks for persistent
 * storage after the first save.
 */
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
import type { BackgroundProtocol } from '@/lib/messaging/protocol';
import type { AutoShowHandlers } from './auto-show';
import { openNoteInPage, type OpenInPageApis } from './open-in-page';

/**
 * The background's handlers.
 * @param requestPersistence asks for persistent storage (`requestPersistentStorage(navigator.storage)`); called
 *   after the first successful save (until it has answered once) — without it the browser may evict the notes under
 *   storage pressure
 * @param tabs opening a note's page for the library (`open-in-page.ts`)
 */
export function createBackgroundHandlers(
  db: CruxDb,
  autoShow: AutoShowHandlers,
  requestPersistence: () => Promise<PersistState>,
  tabs: OpenInPageApis,
): Handlers<BackgroundProtocol> {
  let asked: Promise<PersistState> | null = null;
  const afterSave = <T extends { ok: boolean }>(result: T): T => {
    if (result.ok && !asked) asked = requestPersistence().catch(() => 'unsupported' as const);
    return result;
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
  };
}
