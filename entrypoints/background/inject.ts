/**
 * Opening the in-page note editor from the browser's own UI (the context-menu item, the keyboard command): inject
 * the content script into the tab — both grant `activeTab` for it, so no host permission is needed — then ask it to
 * open the editor on the current selection. When the page cannot be scripted (a browser page, a store), the
 * toolbar button says so for that tab instead of nothing happening.
 */
import type { HighlighterProtocol } from '@/lib/messaging/protocol';
import { notesStrings } from '@/lib/strings';

/** What opening the editor needs from the browser (a parameter, so tests pass fakes). */
export interface EditorTabApis {
  /** Runs the content script in the tab; rejects when the page cannot be scripted. */
  injectContentScript(tabId: number): Promise<void>;
  /** Asks the tab's highlighter to open its editor on the selection. */
  editSelection(tabId: number): Promise<ReturnType<HighlighterProtocol['editSelection']>>;
  /** Tells the reader, on the toolbar button of that tab, that Crux could not act there. */
  showTabProblem(tabId: number, message: string): Promise<void>;
}

/**
 * Injects the highlighter into a tab and opens its editor on the selection.
 * @returns 'opened'; 'no-selection' when nothing is selected (the page shows a hint); 'unavailable' when the page
 *   cannot be scripted (the toolbar button shows why)
 */
export async function openEditorInTab(
  apis: EditorTabApis,
  tabId: number,
): Promise<'opened' | 'no-selection' | 'unavailable'> {
  try {
    await apis.injectContentScript(tabId);
    const { opened } = await apis.editSelection(tabId);
    return opened ? 'opened' : 'no-selection';
  } catch {
    await apis.showTabProblem(tabId, notesStrings.cannotHighlightHere).catch(() => {});
    return 'unavailable';
  }
}
