/** Popup entry: wires the App to the real tab (the active one, or `?tab=<id>` when opened as a page). */
import { render } from 'preact';
import App from './App';
import { browserTabAccess, createPageSource, newStats, parseTabParam, type PopupStats } from './load-article';
import { createPageCache } from './page-cache';
import { browserNotesApis, createNotesSource } from './notes-source';
import { requestPersistentStorage } from '@/lib/db/persist';
import '@/components/theme.css';

/** Where the end-to-end tests and the benchmark read what the popup did (counts, not page data). */
declare global {
  interface Window {
    __cruxStats?: PopupStats;
  }
}

performance.mark('crux:popup-start');
const stats = newStats();
window.__cruxStats = stats;
/**
 * Records a timing mark. When the header is first shown, the page's highlights are repainted: the repaint competes
 * for the same page and cores as reading it, so it waits until the reader sees what they opened Crux for — a few
 * milliseconds that nobody notices. (On a page that is not an article, the Notes section loads them itself.)
 */
const mark = (name: string): void => {
  performance.mark(name);
  if (name === 'crux:header-shown') notes.preload();
};
const cache = createPageCache(browser.storage.session);
const tabParam = parseTabParam(location.search);
const source = createPageSource(browserTabAccess(tabParam), cache, stats, mark);
const libraryUrl = browser.runtime.getURL('/library.html');
const notes = createNotesSource(
  browserNotesApis(
    async () => tabParam ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null,
    () => requestPersistentStorage(navigator.storage),
  ),
);

const root = document.getElementById('app');
if (root) {
  render(
    <App
      source={source}
      notes={notes}
      copyText={(text) => navigator.clipboard.writeText(text)}
      openLibrary={() => void browser.tabs.create({ url: libraryUrl })}
      libraryUrl={libraryUrl}
      mark={mark}
    />,
    root,
  );
}
