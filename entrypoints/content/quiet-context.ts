/**
 * Crux's content-script context, in place of WXT's `ContentScriptContext` (wxt.config.ts points the module
 * `wxt/utils/content-script-context` here when it builds the content script): the same `ctx` for `main()`, without
 * WXT's "content script started" signal. WXT's context announces each run to the page — a `window.postMessage` to
 * `*` and a `CustomEvent` on the page's `document`, both named after the extension's id — so a page's script could
 * learn Crux's id, see each injection, and send the signal back to stop Crux's script. This one tells the previous
 * run of the same script to stop through the isolated world's own globals, which the page cannot see or reach
 * (`registerOnce` uses them the same way), and posts, dispatches and listens to nothing on the page.
 */
import { browser } from 'wxt/browser';

/** The isolated world's slot for the running context of a script, by the script's name. */
const runningKey = (name: string): symbol => Symbol.for(`crux.content-script-context.${name}`);

/** A content script's run: stops (aborts) when a newer run of the same script starts or the extension goes away. */
export class ContentScriptContext {
  private readonly controller = new AbortController();

  /**
   * Starts a run, stopping the previous run of the same script in this page.
   * @param contentScriptName the entrypoint's name (WXT passes it)
   * @param options the content script's definition options (unused: kept for WXT's call)
   */
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    const scope = globalThis as unknown as Record<symbol, ContentScriptContext | undefined>;
    const key = runningKey(contentScriptName);
    scope[key]?.notifyInvalidated();
    scope[key] = this;
    this.onInvalidated(() => {
      if (scope[key] === this) delete scope[key];
    });
  }

  /** Aborted when this run stops. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Whether this run has stopped (also when the extension was reloaded or removed under the page). */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  /** Whether this run is still live. */
  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Stops this run. */
  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /** Stops this run (WXT's name). */
  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  /** Calls `cb` when this run stops. @returns a function that removes the callback */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** A promise that never settles (for work that must not go on once the run stopped). */
  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  /** `setTimeout` that does not fire once this run stopped. */
  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => window.clearTimeout(id));
    return id;
  }

  /** `setInterval` that stops with this run. */
  setInterval(handler: () => void, timeout?: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => window.clearInterval(id));
    return id;
  }

  /** `requestAnimationFrame` that does not fire once this run stopped. */
  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = window.requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => window.cancelAnimationFrame(id));
    return id;
  }

  /** `requestIdleCallback` that does not fire once this run stopped. */
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = window.requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => window.cancelIdleCallback(id));
    return id;
  }

  /** `addEventListener` whose listener is removed when this run stops. */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: EventListenerOrEventListenerObject,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }
}
