/**
 * Opening the in-page note editor from the browser's own UI (the context-menu item, the keyboard command): inject
 * the content script into the tab — both grant `activeTab` for it, so no host permission is needed — then ask it to
 * open the editor on the current selection. When the page cannot be scripted (a browser page, a store), the
 * toolbar button says so for that tab instead of nothing happening.
 */
import type { HighlighterProtocol } from '@/lib/highlights/protocol';

/** Where WXT puts the content script (`entrypoints/content/index.ts`). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** What opening the editor needs from the browser (a parameter, so tests pass fakes). */
export interface EditorTabApis {
  /** Runs the content script in the tab; rejects when the page cannot be scripted. */
  injectContentScript(tabId: number): Promise<void>;
  /** Asks the tab's highlighter to open its editor on the selection (`editSelection`). */
  requestEditor(tabId: number): Promise<ReturnType<HighlighterProtocol['editSelection']>>;
  /** Tells the reader, on the toolbar button of that tab, that Crux could not act there. */
  showTabProblem(tabId: number, message: string): Promise<void>;
}

/** What the toolbar button says when the page cannot take highlights. */
export const CANNOT_HIGHLIGHT_HERE = 'Crux can’t save highlights on this page (browsers keep their own pages and stores closed to extensions).';

/**
 * Injects the highlighter into a tab and opens its editor on the selection.
 * @returns 'opened'; 'no-selection' when nothing is selected (the page shows a hint); 'unavailable' when the page
 *   cannot be scripted (the toolbar button shows why)
 */
export async function openEditorInTab(apis: EditorTabApis, tabId: number): Promise<'opened' | 'no-selection' | 'unavailable'> {
  try {
    await apis.injectContentScript(tabId);
    const { opened } = await apis.requestEditor(tabId);
    return opened ? 'opened' : 'no-selection';
  } catch {
    await apis.showTabProblem(tabId, CANNOT_HIGHLIGHT_HERE).catch(() => {});
    return 'unavailable';
  }
}
