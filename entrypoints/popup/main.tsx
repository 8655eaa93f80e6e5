/** Popup entry: wires the App to the real tab (the active one, or `?tab=<id>` when opened as a page). */
import { render } from 'preact';
import App from './App';
import { browserTabAccess, createPageSource, newStats, parseTabParam, type PopupStats } from './load-article';
import { createPageCache } from './page-cache';
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

const root = document.getElementById('app');
if (root) {
  render(
    <App
      source={source}
      copyText={(text) => navigator.clipboard.writeText(text)}
      openLibrary={() => void browser.tabs.create({ url: libraryUrl })}
      libraryUrl={libraryUrl}
      mark={mark}
    />,
    root,
  );
}
