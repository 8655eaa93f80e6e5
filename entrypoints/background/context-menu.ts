/**
 * The "Save highlight to Crux" item on selected text. Created once per install or update (Chromium keeps context
 * menus across restarts); a click injects the highlighter into the tab (the click grants `activeTab`) and opens its
 * note editor on the selection.
 */

import { notesStrings } from '@/lib/strings';

/** The item's id. */
export const SAVE_HIGHLIGHT_MENU_ID = 'crux-save-highlight';

/** What the menu needs from the browser (a parameter: WXT's fakeBrowser has no `contextMenus`). */
export interface ContextMenuApis {
  contextMenus: {
    create(properties: { id: string; title: string; contexts: ['selection'] }): void;
    onClicked: { addListener(listener: (info: { menuItemId: string | number }, tab?: { id?: number }) => void): void };
  };
  runtime: { onInstalled: { addListener(listener: () => void): void } };
}

/**
 * Registers the menu item (on install and update) and its click handler.
 * @param openEditor opens the note editor in a tab
 */
export function registerSaveHighlightMenu(
  apis: ContextMenuApis,
  openEditor: (tabId: number) => Promise<unknown>,
): void {
  apis.runtime.onInstalled.addListener(() => {
    apis.contextMenus.create({
      id: SAVE_HIGHLIGHT_MENU_ID,
      title: notesStrings.saveHighlightMenu,
      contexts: ['selection'],
    });
  });
  apis.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_HIGHLIGHT_MENU_ID || tab?.id === undefined || tab.id < 0) return;
    void openEditor(tab.id);
  });
}
