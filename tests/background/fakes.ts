/** Small fakes of the browser APIs the background uses (WXT's fakeBrowser has no scripting, contextMenus or commands). */
import type { AutoShowApis, AutoShowRegistration } from '@/entrypoints/background/auto-show';

/** A listener list with a way to fire it, like a browser event. */
export function makeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => void)[] = [];
  return {
    addListener: (listener: (...args: A) => void) => void listeners.push(listener),
    fire: (...args: A) => listeners.forEach((l) => l(...args)),
    listeners,
  };
}

/** Fake `permissions` and `scripting` with the state they hold. */
export function makeAutoShowApis(granted: string[] = []) {
  const state = {
    granted: new Set(granted),
    registered: new Map<string, AutoShowRegistration>(),
    removed: [] as string[][],
  };
  const apis: AutoShowApis = {
    permissions: {
      contains: async ({ origins }) => origins.every((o) => state.granted.has(o)),
      remove: async ({ origins }) => {
        state.removed.push(origins);
        origins.forEach((o) => state.granted.delete(o));
        return true;
      },
    },
    scripting: {
      registerContentScripts: async (scripts) => {
        for (const s of scripts) {
          if (state.registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          state.registered.set(s.id, s);
        }
      },
      unregisterContentScripts: async ({ ids }) => {
        for (const id of ids) {
          if (!state.registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
        }
      },
      getRegisteredContentScripts: async ({ ids }) => [...state.registered.values()].filter((s) => ids.includes(s.id)),
    },
  };
  return { apis, state };
}
