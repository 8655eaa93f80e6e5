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
const mark = (name: string) => void performance.mark(name);
const cache = createPageCache(browser.storage.session);
const source = createPageSource(browserTabAccess(parseTabParam(location.search)), cache, stats, mark);
const libraryUrl = browser.runtime.getURL('/library.html');
const tabParam = parseTabParam(location.search);
const notes = createNotesSource(
  browserNotesApis(
    async () => tabParam ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null,
    () => requestPersistentStorage(navigator.storage),
  ),
);
// Repaint the page's highlights now, whichever section the reader looks at.
notes.preload();

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
