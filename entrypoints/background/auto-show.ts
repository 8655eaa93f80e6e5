/**
 * The per-site "show my highlights automatically here" switch. Turning it on needs two things from the browser:
 * the site's host permission (optional, asked by the popup, because `permissions.request` must run in the click)
 * and a dynamic content-script registration for the site's pages (`scripting.registerContentScripts`, which
 * survives browser restarts). Turning it off removes both. The store records the choice for the library page.
 *
 * Crux asks for optional host access for this switch only, so the permission events are the switch too: a site
 * granted from the popup (even if the popup closed while the browser's prompt was open, as Firefox's does) gets its
 * registration, and a site revoked in the browser's settings loses it.
 */
import { setSiteAutoShow } from '@/lib/db/pages';
import type { CruxDb } from '@/lib/db/schema';
import { autoShowScriptId, sitePatterns } from '@/lib/highlights/auto-show';
import type { Handlers } from '@/lib/messaging/handlers';
import { CONTENT_SCRIPT_FILE } from '@/lib/messaging/messengers';
import type { AutoShowError, BackgroundProtocol } from '@/lib/messaging/protocol';
import { err, ok } from '@/lib/result';
import { siteOfHost } from '@/lib/url/normalize';

/** A content script registration, as Crux makes them. */
export interface AutoShowRegistration {
  /** `crux-auto-<site>`. */
  id: string;
  /** The site's match patterns. */
  matches: string[];
  /** The content script. */
  js: string[];
  /** After the page has loaded, so painting never delays it. */
  runAt: 'document_idle';
  /** Keep it across browser restarts. */
  persistAcrossSessions: boolean;
}

/** The browser APIs the switch uses (a parameter, so tests pass fakes: WXT's fakeBrowser has no `scripting`). */
export interface AutoShowApis {
  /** `browser.permissions`. */
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
  /** `browser.scripting`. */
  scripting: {
    registerContentScripts(scripts: AutoShowRegistration[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
  };
}

/** The auto-show messages' handlers. */
export type AutoShowHandlers = Pick<Handlers<BackgroundProtocol>, 'enableAutoShow' | 'disableAutoShow' | 'getAutoShow'>;

/** The failure for anything the browser refused but a missing permission, with its own words when it gave any. */
function failed(site: string, error?: unknown): AutoShowError {
  const detail = error instanceof Error && error.message ? error.message : undefined;
  return { code: 'failed', site, ...(detail ? { detail } : {}) };
}

/** Creates the handlers over the store and the browser. */
export function createAutoShowHandlers(db: CruxDb, apis: AutoShowApis): AutoShowHandlers {
  const isRegistered = async (id: string): Promise<boolean> =>
    (await apis.scripting.getRegisteredContentScripts({ ids: [id] })).some((s) => s.id === id);

  return {
    async enableAutoShow({ site }) {
      const matches = sitePatterns(site);
      if (matches.length === 0) return err(failed(site));
      try {
        if (!(await apis.permissions.contains({ origins: matches }))) {
          return err({ code: 'no-permission', site });
        }
        const id = autoShowScriptId(site);
        if (!(await isRegistered(id))) {
          await apis.scripting.registerContentScripts([
            { id, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
          ]);
        }
      } catch (error) {
        return err(failed(site, error));
      }
      const saved = await setSiteAutoShow(db, site, true);
      return saved.ok ? ok({ site, enabled: true }) : err({ code: 'not-saved', site, cause: saved.error });
    },

    async disableAutoShow({ site }) {
      const matches = sitePatterns(site);
      try {
        const id = autoShowScriptId(site);
        if (await isRegistered(id)) await apis.scripting.unregisterContentScripts({ ids: [id] });
        // A host permission the manifest requires (the test build's 127.0.0.1) cannot be removed; that is fine.
        if (matches.length > 0) await apis.permissions.remove({ origins: matches }).catch(() => false);
      } catch (error) {
        return err(failed(site, error));
      }
      const saved = await setSiteAutoShow(db, site, false);
      return saved.ok ? ok({ site, enabled: false }) : err({ code: 'not-saved', site, cause: saved.error });
    },

    async getAutoShow({ site }) {
      const matches = sitePatterns(site);
      if (matches.length === 0) return ok({ site, enabled: false });
      try {
        const enabled =
          (await isRegistered(autoShowScriptId(site))) && (await apis.permissions.contains({ origins: matches }));
        return ok({ site, enabled });
      } catch (error) {
        return err(failed(site, error));
      }
    },
  };
}

/**
 * The sites whose every pattern is in a list of origins (from a permission event).
 * @returns the sites, each once (`*://www.example.com/*` and `*://example.com/*` both give `example.com`)
 */
export function sitesInOrigins(origins: readonly string[]): string[] {
  const sites = new Set<string>();
  for (const origin of origins) {
    const host = /^\*:\/\/([^/]+)\/\*$/.exec(origin)?.[1];
    if (host && !host.includes('*')) sites.add(siteOfHost(host));
  }
  return [...sites].filter((site) => sitePatterns(site).every((p) => origins.includes(p)));
}

/** `browser.permissions`' events, as the switch listens to them. */
export interface PermissionEvents {
  onAdded: { addListener(listener: (permissions: { origins?: string[] }) => void): void };
  onRemoved: { addListener(listener: (permissions: { origins?: string[] }) => void): void };
}

/**
 * Keeps registrations in step with permissions granted or revoked outside the popup's own flow (a prompt that
 * outlived the popup, the browser's site-access settings).
 */
export function syncAutoShowWithPermissions(events: PermissionEvents, handlers: AutoShowHandlers): void {
  events.onAdded.addListener(({ origins = [] }) => {
    for (const site of sitesInOrigins(origins)) void handlers.enableAutoShow({ site });
  });
  events.onRemoved.addListener(({ origins = [] }) => {
    for (const site of sitesInOrigins(origins)) void handlers.disableAutoShow({ site });
  });
}
