/** Popup entry: wires the App to the real tab (the active one, or `?tab=<id>` when opened as a page). */
import { render } from 'preact';
import App from './App';
import { browserTabAccess, createArticleLoader, parseTabParam } from './load-article';
import '@/components/theme.css';

const loadArticle = createArticleLoader(browserTabAccess(parseTabParam(location.search)));
const root = document.getElementById('app');
if (root) render(<App loadArticle={loadArticle} />, root);
