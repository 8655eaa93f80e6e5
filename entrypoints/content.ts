import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ContentProtocol } from '@/lib/protocol';
import { extractArticle } from '@/lib/article/extract';

export default defineContentScript({
  registration: 'runtime',
  main() {
    const { onMessage } = defineExtensionMessaging<ContentProtocol>();
    onMessage('extractArticle', () => extractArticle(document, { url: location.href }));
    return 'ready';
  },
});
