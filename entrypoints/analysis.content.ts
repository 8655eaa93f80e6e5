/**
 * Crux's analysis content script (`/content-scripts/analysis.js`): answers `analyzeArticle` ({@link AnalysisProtocol})
 * for the popup. Never registered in the manifest: only the popup injects it, on a page it has to analyse, through
 * `scripting.executeScript` (allowed by `activeTab`).
 *
 * It is a script of its own, not part of `content.js`, because it carries the English tagger (`wink-nlp` and its
 * model: about 3.6 MB of JavaScript, 1 MB gzip, some 160 ms to parse and evaluate). The background injects
 * `content.js` for every highlight save and registers it on auto-show sites; those injections stay small. The popup
 * starts this injection as soon as it sends the extraction request, so the page parses the tagger while the popup
 * receives and shows the article's header.
 *
 * The popup skips the injection when the page already runs it (see `readPageSignature`'s `analysisLoaded`), which
 * also keeps the tagger built by the previous run. When it does inject again, the new run replaces the previous
 * run's handler ({@link registerOnce}), so one listener answers.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { prepareTagger } from '@/lib/text/tagger';
import { ANALYSIS_SCRIPT_KEY, type AnalysisProtocol } from '@/lib/protocol';
import { registerOnce } from '@/lib/register-once';

/** The value `main()` returns to `executeScript`, so the popup knows the script ran. */
type AnalysisReady = 'ready';

export default defineContentScript({
  registration: 'runtime',
  main(ctx): AnalysisReady {
    const { onMessage } = defineExtensionMessaging<AnalysisProtocol>();
    const remove = registerOnce(Symbol.for(ANALYSIS_SCRIPT_KEY), () => onMessage('analyzeArticle', ({ data }) => analyzeArticle(data)));
    ctx.onInvalidated(remove);
    // Build the tagger while the popup is still receiving the article: the page is otherwise idle then.
    ctx.setTimeout(prepareTagger, 0);
    return 'ready';
  },
});
