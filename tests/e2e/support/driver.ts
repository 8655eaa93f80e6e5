/**
 * The thin driver interface the cross-browser scenarios call (tests/e2e/cross-browser.e2e.ts), so each scenario is
 * written once and runs in Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi). Only the
 * launch and the way into Crux's own pages differ per browser; everything a scenario does inside a page goes through
 * {@link DriverPage.evaluate} with the browser-agnostic helpers of `./dom`.
 */

/** The browsers the suite runs in. */
export type BrowserName = 'chromium' | 'firefox';

/** A tab the test controls: a web page, or one of Crux's own pages (popup, library). */
export interface DriverPage {
  /** Runs `fn(arg)` in the page's own JavaScript world and returns its (serialisable) result. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Runs `fn(arg)` in the first child frame whose URL contains `urlPart` (Crux's editor frame, which no script of the
   * page can reach). @returns its result, or null while there is no such frame
   */
  evaluateInFrame<A, R>(urlPart: string, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R | null>;
  /** Clicks at a point of the viewport (CSS pixels) with the browser's own mouse (a trusted click). */
  clickAt(x: number, y: number): Promise<void>;
  /** Types text with the browser's own keyboard, into whatever has the focus (trusted key and input events). */
  typeAsUser(text: string): Promise<void>;
  /** Presses a key or a chord (`Control+Enter`, `Shift+Tab`, `ArrowRight`) with the browser's own keyboard. */
  pressAsUser(chord: string): Promise<void>;
  /** Navigates this tab to `url` and waits for the load (a failed load does not throw). */
  goto(url: string): Promise<void>;
  /**
   * Clicks the first element matching `css` with the browser's own input (a trusted click: a user gesture, which
   * `permissions.request` needs).
   */
  clickAsUser(css: string): Promise<void>;
  /** Brings this tab to the front of its window. */
  bringToFront(): Promise<void>;
  /** Resizes the viewport (CSS pixels). */
  setViewport(width: number, height: number): Promise<void>;
  /** Saves a full-page screenshot as PNG (in the colour scheme the browser was launched with). */
  screenshot(file: string): Promise<void>;
  /** Closes the tab. */
  close(): Promise<void>;
}

/** A browser with Crux's e2e build installed in a fresh profile. */
export interface Driver {
  /** Which browser this is. */
  readonly name: BrowserName;
  /** Crux's extension id in this browser (`runtime.id`). */
  readonly extensionId: string;
  /** One of the browser's own pages, and the alert Crux shows for it (the "restricted page" scenario). */
  readonly restrictedPage: RestrictedPage;
  /**
   * Whether the browser answers an extension's optional-permission request without a prompt (a test profile
   * setting). Chromium cannot: its prompt is not reachable from automation, and the request never resolves.
   */
  readonly grantsPermissionRequests: boolean;
  /** Opens `url` in a new tab, as a user would (reduced motion, so Crux scrolls at once). */
  openPage(url: string): Promise<DriverPage>;
  /** Opens Crux's popup acting on `page`'s tab, as a tab sized like the toolbar popup (400 × 600). */
  openPopup(page: DriverPage): Promise<DriverPage>;
  /** Opens Crux's notes library in a new tab (1000 × 800). */
  openLibrary(): Promise<DriverPage>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** A page no extension may read, and what Crux says about it. */
export interface RestrictedPage {
  url: string;
  /** The alert's heading. */
  title: string;
  /** Words of the alert's text. */
  text: string;
}

/** How to launch a browser. */
export interface LaunchOptions {
  /** The colour scheme pages see (default light). */
  colorScheme?: 'light' | 'dark';
}

/** Launches a browser with a fresh profile and the e2e build. */
export type LaunchDriver = (options?: LaunchOptions) => Promise<Driver>;
