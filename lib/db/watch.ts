/**
 * Watching the store: a read that runs again whenever anything in Crux's database changes, in this page, another
 * extension page or the background (Dexie's `storagemutated` event, carried between contexts by a
 * BroadcastChannel). Extension pages only (the library); never the service worker.
 */
import Dexie from 'dexie';
import { err, ok, type Result } from '../result';

/**
 * Runs a read now and again after every change to the store (in this page, another extension page or the
 * background: Dexie's `storagemutated` event, carried between contexts by a BroadcastChannel), one run at a time,
 * coalescing changes that arrive during a run. Chosen over `liveQuery`, which tracks exactly the ranges a query read
 * but, under fake-indexeddb in the component tests, let concurrent read transactions commit early; a library page
 * re-running its one visible query on any change costs a few milliseconds. `subscribe` says when to run again
 * (default: any change to the store).
 * @returns a function that stops watching (no report after it)
 */
export function watchStore<T>(
  read: () => Promise<T>,
  report: (result: Result<T, unknown>) => void,
  subscribe: (onChange: () => void) => () => void = subscribeToStore,
): () => void {
  let stopped = false;
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      let result: Result<T, unknown>;
      try {
        result = ok(await read());
      } catch (error) {
        result = err(error);
      }
      if (stopped) return;
      report(result);
    } while (again && !stopped);
    running = false;
  };
  const unsubscribe = subscribe(() => void run());
  void run();
  return () => {
    stopped = true;
    unsubscribe();
  };
}

/** Calls `onChange` on every change to the store (Dexie's `storagemutated`). @returns a function that unsubscribes */
function subscribeToStore(onChange: () => void): () => void {
  Dexie.on('storagemutated', onChange);
  return () => Dexie.on('storagemutated').unsubscribe(onChange);
}
