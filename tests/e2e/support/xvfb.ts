/**
 * A virtual X display for the headed scenarios (extension shortcuts and the real toolbar popup need a headed
 * browser and real keyboard input), and `xdotool` to type on it. Both come from Debian (`scripts/setup-system.sh`).
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A running Xvfb server. */
export interface VirtualDisplay {
  /** The DISPLAY value, e.g. ":117". */
  display: string;
  /** Stops the server. */
  stop(): Promise<void>;
}

/** Starts Xvfb on a free display number (chosen at random so parallel runs on one machine do not collide). */
export async function startXvfb(): Promise<VirtualDisplay> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const n = 100 + Math.floor(Math.random() * 800);
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const proc = spawn('Xvfb', [`:${n}`, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    if (await waitForSocket(n, proc)) {
      return { display: `:${n}`, stop: () => stopProcess(proc) };
    }
    await stopProcess(proc);
  }
  throw new Error('could not start Xvfb');
}

/** Waits (up to 10 s) until the display's socket exists; false if Xvfb exited first. */
async function waitForSocket(n: number, proc: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) return false;
    if (existsSync(`/tmp/.X11-unix/X${n}`)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

function stopProcess(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
  });
}

/** Runs `xdotool` on a display. @returns its standard output, trimmed. */
export async function xdotool(display: string, args: string[], timeoutMs = 10_000): Promise<string> {
  const { stdout } = await run('xdotool', args, { env: { ...process.env, DISPLAY: display }, timeout: timeoutMs });
  return stdout.trim();
}

/**
 * Focuses Chromium's visible window and presses a key chord in it, as a user would.
 * `windowfocus --sync` works without a window manager (`windowactivate` does not).
 */
export async function pressKeysInChromium(display: string, keys: string): Promise<void> {
  const ids = (await xdotool(display, ['search', '--sync', '--onlyvisible', '--class', 'chromium'])).split('\n');
  const windowId = ids.at(-1);
  if (!windowId) throw new Error('no visible Chromium window');
  await xdotool(display, ['windowfocus', '--sync', windowId]);
  await xdotool(display, ['key', '--clearmodifiers', '--window', windowId, keys]);
}
