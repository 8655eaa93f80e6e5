/** The notes library page: a placeholder until the highlights issue brings saved notes, search and export. */
import { render } from 'preact';
import { strings } from '@/lib/strings';
import '@/components/theme.css';

/** The placeholder library. */
function Library() {
  return (
    <main class="library">
      <p class="popup-brand">{strings.appName}</p>
      <h1 class="library-title">{strings.libraryTitle}</h1>
      <p class="library-body">{strings.libraryComingSoon}</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Library />, root);
