/**
 * Crux's content script. Never registered in the manifest: the popup injects it into the current tab on demand
 * (`scripting.executeScript`, allowed by `activeTab`), then asks it for the article through {@link ContentProtocol}.
 * The background injects it too, for the "Save highlight to Crux" menu item and the save-highlight shortcut, and
 * registers it for the sites where the reader turned on "show my highlights automatically". Each run also starts the
 * highlighter (`./highlighter`), which paints the page's saved highlights and offers "Save highlight" on a selection.
 *
 * The popup injects it every time it opens, so the same tab may run it several times. Each run replaces the
 * previous run's message handler (see {@link registerOnce}); WXT's `ctx` also invalidates older runs of this script.
 * The analysis (`analyzeArticle`) is not here: it runs in the popup's own worker (`popup/analysis-worker.ts`), so
 * no page ever receives the English tagger's model, and the article crosses from the page to the popup once.
 * Scrolling to a sentence is the highlighter's `revealQuote`: one painter per page.
 */
import { registerHandlers } from '@/lib/messaging/handlers';
import { contentMessenger } from '@/lib/messaging/messengers';
import { registerOnce } from '@/lib/register-once';
import { createContentHandlers } from './article';
import { startHighlighter } from './highlighter';

/** Where the previous run's cleanup lives: the isolated world's globals survive re-injection, module state does not. */
const PREVIOUS_RUN = 'crux.content.removeHandlers';

/** The value `main()` returns to `executeScript`, so the popup knows the script ran. */
type ContentReady = 'ready';

export default defineContentScript({
  registration: 'runtime',
  main(ctx): ContentReady {
    const remove = registerOnce(Symbol.for(PREVIOUS_RUN), () =>
      registerHandlers(contentMessenger.onMessage, createContentHandlers(document)),
    );
    ctx.onInvalidated(remove);
    startHighlighter(ctx);
    return 'ready';
  },
});
