/**
 * Crux's service worker. Empty for now: the popup injects the content script and talks to it directly. Later
 * issues wire context menus and message handlers here (one module per feature, typed messaging, no string actions).
 */
export default defineBackground(() => {});
