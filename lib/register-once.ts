/**
 * One live set of message handlers per content script and page, however often the script is injected. The popup
 * injects its scripts each time it opens, and each run's module state is new, but the isolated world's globals
 * survive re-injection: the previous run's cleanup is kept there, under a key of the script's own, and called before
 * the new run registers. So two runs of one script never both answer a message.
 */

/** Removes what a run registered. */
export type RemoveHandlers = () => void;

/**
 * Removes the handlers a previous injection of the same script registered under `key`, then registers this run's.
 * @param key the script's global key, e.g. `Symbol.for('crux.content.removeHandlers')`
 * @param register registers this run's handlers and returns how to remove them
 * @returns a function that removes this run's handlers and forgets the key (unless a later run replaced it)
 */
export function registerOnce(key: symbol, register: () => RemoveHandlers): RemoveHandlers {
  const scope = globalThis as unknown as Record<symbol, RemoveHandlers | undefined>;
  scope[key]?.();
  const remove = register();
  const forget: RemoveHandlers = () => {
    remove();
    if (scope[key] === forget) delete scope[key];
  };
  scope[key] = forget;
  return forget;
}
