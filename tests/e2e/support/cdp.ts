/**
 * Talking to the real toolbar popup, which Playwright does not expose as a page: find its target over the Chrome
 * DevTools Protocol and send it commands through `Target.sendMessageToTarget` (non-flat sessions), reading the
 * replies from `Target.receivedMessageFromTarget` events matched by id.
 */
import type { CDPSession, Page } from 'playwright-core';

/** A CDP target as `Target.getTargets` lists it. */
interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** A session on another target, driven through the page's CDP session. */
export interface RemoteTarget {
  /** Sends one CDP command to the target. @returns its `result`; rejects with the target's error. */
  send<T = unknown>(method: string, params?: object): Promise<T>;
  /** Evaluates an expression in the target's main world. @returns its value (JSON). */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Detaches from the target. */
  detach(): Promise<void>;
}

/** Opens a CDP session through which other targets (the popup) can be listed and attached. */
export function openBrowserSession(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/**
 * Waits for a target whose URL starts with `urlPrefix`.
 * @returns its target id, or null when none appeared within `timeoutMs`.
 */
export async function waitForTarget(cdp: CDPSession, urlPrefix: string, timeoutMs: number): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  do {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const match = targetInfos.find((t) => t.url.startsWith(urlPrefix));
    if (match) return match.targetId;
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < deadline);
  return null;
}

/** Attaches to a target (non-flat session) and returns a way to send it commands. */
export async function attachToTarget(cdp: CDPSession, targetId: string): Promise<RemoteTarget> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  const onMessage = (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiter = reply.id === undefined ? undefined : pending.get(reply.id);
    if (!waiter || reply.id === undefined) return;
    pending.delete(reply.id);
    if (reply.error) waiter.reject(new Error(reply.error.message));
    else waiter.resolve(reply.result);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);

  const send = <T>(method: string, params: object = {}): Promise<T> => {
    const id = nextId++;
    const reply = new Promise<T>((resolve, reject) =>
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject }),
    );
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    return reply;
  };
  return {
    send,
    async evaluate<T>(expression: string) {
      const res = await send<{ result: { value?: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', {
        expression,
        returnByValue: true,
        awaitPromise: true,
      });
      if (res.exceptionDetails) throw new Error(res.exceptionDetails.text);
      return res.result.value as T;
    },
    async detach() {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    },
  };
}
