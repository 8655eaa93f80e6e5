/**
 * Node-only input for the command line: an HTML page from a file, a URL or stdin, checked and decoded, or a plain
 * sentence saying why it cannot be read. Kept apart from the extraction modules because it uses `node:fs`; the
 * content script must never import it.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Result, ok, err } from '../../lib/result';

/** A page ready to parse. */
export interface HtmlInput {
  /** The page's markup, decoded. */
  html: string;
  /** The URL to give the document: the final URL after redirects, or the file's `file:` URL. */
  url: string;
}

/** How long a URL may take to answer before the CLI gives up (slow news sites answer in a few seconds). */
const FETCH_TIMEOUT_MS = 15_000;

/** Pages larger than this are refused rather than parsed (the biggest real article pages are a few MB). */
const MAX_BYTES = 50 * 1024 * 1024;

/** Bytes inspected when deciding whether input is binary. */
const SNIFF_BYTES = 8192;

/** Share of control characters above which decoded input is treated as binary. */
const MAX_CONTROL_SHARE = 0.02;

/**
 * Reads a page from `source`: "-" for stdin, an http(s) URL, or a file path.
 * @returns the page, or one plain sentence naming the source and the problem
 */
export async function readInput(
  source: string,
  stdin: () => Promise<Buffer> = readStdin,
): Promise<Result<HtmlInput, string>> {
  if (source === '-') return decodePage(await stdin(), 'The input on stdin', 'about:blank', null);
  if (/^https?:\/\//i.test(source)) return fetchPage(source);
  return readPageFile(source);
}

async function readPageFile(file: string): Promise<Result<HtmlInput, string>> {
  const name = `"${file}"`;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return err(`There is no file ${name}.`);
    if (code === 'EACCES') return err(`${name} cannot be opened: permission denied.`);
    return err(`${name} cannot be opened (${code ?? 'unknown error'}).`);
  }
  if (info.isDirectory()) return err(`${name} is a folder, not an HTML file.`);
  if (info.size > MAX_BYTES)
    return err(`${name} is too large to be a web page (${Math.round(info.size / 1048576)} MB).`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return err(`${name} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  }
  return decodePage(bytes, name, pathToFileURL(path.resolve(file)).href, null);
}

async function fetchPage(url: string): Promise<Result<HtmlInput, string>> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
      redirect: 'follow',
    });
  } catch (e) {
    const reason =
      (e as Error).name === 'TimeoutError'
        ? `no answer within ${FETCH_TIMEOUT_MS / 1000} seconds`
        : describeFetchError(e);
    return err(`Could not fetch ${url}: ${reason}.`);
  }
  if (!response.ok)
    return err(`${url} answered with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  const type = response.headers.get('content-type');
  if (type && !/html|xml/i.test(type))
    return err(`${url} is not an HTML page (its content type is ${type.split(';')[0]}).`);
  let bytes: Buffer;
  try {
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (e) {
    return err(`Could not fetch ${url}: ${describeFetchError(e)}.`);
  }
  if (bytes.length > MAX_BYTES) return err(`${url} is too large to be a web page.`);
  return decodePage(bytes, url, response.url || url, charsetOf(type));
}

function describeFetchError(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ENOTFOUND') return 'the host name was not found';
  if (cause?.code === 'ECONNREFUSED') return 'the connection was refused';
  if (cause?.code === 'ECONNRESET') return 'the connection was reset';
  return (cause?.message ?? (e as Error).message ?? 'network error').replace(/\.$/, '');
}

/**
 * Checks and decodes page bytes: refuses empty and binary input and text without any markup, and decodes with the
 * charset the page declares (HTTP header, then `<meta charset>`), UTF-8 by default.
 */
export function decodePage(
  bytes: Buffer,
  name: string,
  url: string,
  headerCharset: string | null,
): Result<HtmlInput, string> {
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') return err(`${name} is empty.`);
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0) || controlShare(head.toString('latin1')) > MAX_CONTROL_SHARE) {
    return err(`${name} is not an HTML page (it looks like a binary file).`);
  }
  const charset = headerCharset ?? metaCharset(head.toString('latin1')) ?? 'utf-8';
  let html: string;
  try {
    html = new TextDecoder(charset).decode(bytes);
  } catch {
    html = new TextDecoder('utf-8').decode(bytes);
  }
  if (
    !/<\s*(!doctype|html|head|body|title|meta|p|div|article|main|h[1-6]|section|span|a|br|table|ul|ol)\b/i.test(html)
  ) {
    return err(`${name} is not an HTML page (it holds no HTML markup).`);
  }
  return ok({ html, url });
}

function controlShare(s: string): number {
  const controls = s.match(/[\x00-\x08\x0e-\x1a\x1c-\x1f]/g)?.length ?? 0;
  return s.length ? controls / s.length : 0;
}

function charsetOf(contentType: string | null): string | null {
  return contentType?.match(/charset\s*=\s*["']?([\w-]+)/i)?.[1] ?? null;
}

function metaCharset(head: string): string | null {
  return head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1] ?? null;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
