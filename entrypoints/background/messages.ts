/**
 * The background's message handlers: one per message of {@link BackgroundProtocol}, registered in a loop over a
 * typed map (no string-action branches). The notes handlers come from `lib/db`; this module adds the auto-show
 * switch and asks for persistent storage after the first save.
 */
import { recordAnchorOutcome } from '@/lib/db/anchor-status';
import { createNotesHandlers } from '@/lib/db/protocol';
import type { PersistState } from '@/lib/db/persist';
import type { CruxDb } from '@/lib/db/schema';
import type { BackgroundProtocol } from '@/lib/highlights/protocol';
import type { AutoShowHandlers } from './auto-show';
import { openNoteInPage, type OpenInPageApis } from './open-in-page';

/** A handler per background message: takes the message's data, resolves to its reply. */
export type BackgroundHandlers = {
  [K in keyof BackgroundProtocol]: (data: Parameters<BackgroundProtocol[K]>[0]) => Promise<ReturnType<BackgroundProtocol[K]>>;
};

/**
 * The background's handlers.
 * @param requestPersistence asks for persistent storage (`requestPersistentStorage(navigator.storage)`); called
 *   after each successful save until it has answered once — without it the browser may evict the notes under
 *   storage pressure
 * @param tabs opening a note's page for the library (`open-in-page.ts`)
 */
export function createBackgroundHandlers(
  db: CruxDb,
  autoShow: AutoShowHandlers,
  requestPersistence: () => Promise<PersistState>,
  tabs: OpenInPageApis,
): BackgroundHandlers {
  const notes = createNotesHandlers(db);
  let asked: Promise<PersistState> | null = null;
  const afterSave = <T extends { ok: boolean }>(result: T): T => {
    if (result.ok) asked ??= requestPersistence().catch(() => 'unsupported' as const);
    return result;
  };
  return {
    ...notes,
    saveHighlight: async (data) => afterSave(await notes.saveHighlight(data)),
    addPageNote: async (data) => afterSave(await notes.addPageNote(data)),
    ...autoShow,
    highlightsAnchored: (outcome) => recordAnchorOutcome(db, outcome),
    openNoteInPage: (request) => openNoteInPage(tabs, request),
  };
}

/** The messaging library's `onMessage`, for the background's map. */
export type OnBackgroundMessage = <K extends keyof BackgroundProtocol>(
  type: K,
  handler: (message: { data: Parameters<BackgroundProtocol[K]>[0] }) => Promise<ReturnType<BackgroundProtocol[K]>>,
) => () => void;

/**
 * Registers every handler with the messaging library.
 * @returns a function that removes them all
 */
export function registerBackgroundHandlers(onMessage: OnBackgroundMessage, handlers: BackgroundHandlers): () => void {
  const register = <K extends keyof BackgroundProtocol>(type: K): (() => void) =>
    onMessage(type, ({ data }) => handlers[type](data));
  const removers = (Object.keys(handlers) as (keyof BackgroundProtocol)[]).map(register);
  return () => removers.forEach((remove) => remove());
}
