/**
 * The three messengers, each made once (`defineExtensionMessaging` is lazy: it touches the extension's messaging
 * only when a message is sent or a handler registered, so importing this module is free). Senders call
 * `sendMessage`, receivers hand `onMessage` to `registerHandlers`.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundProtocol, ContentProtocol, HighlighterProtocol } from './protocol';

/** Messages to the background. */
export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>();

/** Messages to a tab's content script (the article). */
export const contentMessenger = defineExtensionMessaging<ContentProtocol>();

/** Messages to a tab's highlighter. */
export const highlighterMessenger = defineExtensionMessaging<HighlighterProtocol>();

/** Where WXT puts the content script (`entrypoints/content/index.ts`): what `scripting.executeScript` injects. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
