/**
 * Opening the notes library (the open-library command): bring an open library tab forward, else open one. Without
 * the `tabs` permission Crux cannot read other tabs' URLs, but `runtime.getContexts` (Chromium 116+) lists the
 * extension's own pages with their tabs; where it is missing (Firefox) a new tab is opened.
 */

/** The path of the library page. */
export const LIBRARY_PATH = '/library.html';

/** An extension page's context, as `runtime.getContexts` describes it. */
export interface PageContext {
  documentUrl?: string;
  tabId: number;
  windowId: number;
}

/** What opening the library needs from the browser. */
export interface LibraryTabApis {
  /** The library's address (`runtime.getURL`). */
  libraryUrl: string;
  /** The extension's open tabs (`runtime.getContexts({ contextTypes: ['TAB'] })`); undefined where unsupported. */
  listExtensionTabs?: () => Promise<PageContext[]>;
  /** Activates a tab and focuses its window. */
  focusTab(tabId: number, windowId: number): Promise<void>;
  /** Opens a tab. */
  createTab(url: string): Promise<unknown>;
}

/**
 * Brings the library forward, or opens it.
 * @returns 'focused' when an open library tab was brought forward, 'opened' when a new one was opened
 */
export async function openLibrary(apis: LibraryTabApis): Promise<'focused' | 'opened'> {
  const tabs = await apis.listExtensionTabs?.().catch(() => []);
  const open = tabs?.find(
    (context) =>
      context.tabId >= 0 && context.documentUrl !== undefined && new URL(context.documentUrl).pathname === LIBRARY_PATH,
  );
  if (open) {
    try {
      await apis.focusTab(open.tabId, open.windowId);
      return 'focused';
    } catch {
      // The tab closed in the meantime: open a new one.
    }
  }
  await apis.createTab(apis.libraryUrl);
  return 'opened';
}
