/**
 * Persistent storage. Without it the browser may evict Crux's database under storage pressure, taking the reader's
 * notes with it; with it, data stays until the reader removes it. The extension asks once when the reader first
 * saves something; browsers grant it to installed extensions or decide silently, so asking is cheap.
 */

/** The outcome of asking for persistent storage. */
export type PersistState =
  /** The browser keeps Crux's data under storage pressure. */
  | 'persisted'
  /** The browser may evict it (refused, or not yet decided). */
  | 'not-persisted'
  /** This context has no StorageManager (or asking failed). */
  | 'unsupported';

/**
 * Asks for persistent storage, unless it is already granted.
 * @param storage `navigator.storage` (a parameter, so tests can pass a fake)
 */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined,
): Promise<PersistState> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unsupported';
  }
}

/** How much space Crux uses and may use, for a settings page. */
export interface StorageUsage {
  /** Bytes used by the extension's origin. */
  usage: number;
  /** Bytes the browser allows it. */
  quota: number;
}

/**
 * The storage estimate.
 * @returns null where the estimate is unavailable
 */
export async function estimateStorage(
  storage: Pick<StorageManager, 'estimate'> | undefined,
): Promise<StorageUsage | null> {
  if (!storage || typeof storage.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? null : { usage, quota };
  } catch {
    return null;
  }
}
