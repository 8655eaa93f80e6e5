/**
 * The extension's one database instance, for extension pages (popup, library) and the background. Never import
 * this from a content script: there IndexedDB belongs to the page's origin, so the content script asks the
 * background through typed messages instead. Dexie opens the database on first use, so importing is cheap.
 */
import { createCruxDb } from './schema';

/** Crux's database. */
export const db = createCruxDb();
