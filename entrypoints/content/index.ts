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
 * no page ever receives the English tagger's model.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ContentProtocol } from '@/lib/protocol';
import { extractArticle } from '@/lib/article/extract';
import { createPainter, type Painter } from '@/lib/anchoring/paint';
import { findTextInPage, type RevealTarget } from '@/lib/reveal/find-text';
import { classifyContentType, problemFromExtractError } from '@/lib/page-access';
import { registerOnce } from '@/lib/register-once';
import { err, ok } from '@/lib/result';
import type { Article } from '@/lib/article/types';
import type { PageProblem } from '@/lib/page-access';
import type { Result } from '@/lib/result';
import { startHighlighter } from './highlighter';

/** Where the previous run's cleanup lives: the isolated world's globals survive re-injection, module state does not. */
const PREVIOUS_RUN = 'crux.content.removeHandlers';

/** The value `main()` returns to `executeScript`, so the popup knows the script ran. */
type ContentReady = 'ready';

export default defineContentScript({
  registration: 'runtime',
  main(ctx): ContentReady {
    const { onMessage } = defineExtensionMessaging<ContentProtocol>();
    const remove = registerOnce(Symbol.for(PREVIOUS_RUN), () => {
      // The painter (and its stylesheet) is made on the first reveal, so opening the popup leaves no trace.
      let painter: Painter | null = null;
      const removers = [
        onMessage('extractArticle', () => readArticle(document)),
        onMessage('revealText', ({ data }) => {
          painter ??= createPainter(document, []);
          return revealText(document, painter, data, ctx.signal);
        }),
      ];
      return () => {
        for (const r of removers) r();
        painter?.destroy();
        painter = null;
      };
    });
    ctx.onInvalidated(remove);
    startHighlighter(ctx);
    return 'ready';
  },
});

/**
 * Reads the article from the live document.
 * @returns the article; 'pdf' or 'not-html' when the document is not HTML; the extractor's failure otherwise.
 */
function readArticle(doc: Document): Result<Article, PageProblem> {
  const typeProblem = classifyContentType(doc.contentType);
  if (typeProblem) return err(typeProblem);
  const result = extractArticle(doc, { url: location.href });
  return result.ok ? ok(result.value) : err(problemFromExtractError(result.error.code));
}

/** How long a revealed sentence stays painted: long enough to find it after the scroll. */
const REVEAL_FLASH_MS = 1500;

/**
 * Scrolls to a sentence of the article and flashes it.
 * @returns `found: false` when the sentence is no longer in the page (nothing scrolls then)
 */
function revealText(doc: Document, painter: Painter, target: RevealTarget, signal: AbortSignal): { found: boolean } {
  const range = doc.body ? findTextInPage(doc.body, target) : null;
  if (!range) return { found: false };
  painter.flash(range, { duration: REVEAL_FLASH_MS, signal });
  return { found: true };
}
