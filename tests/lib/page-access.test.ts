import { describe, expect, it } from 'vitest';
import {
  classifyContentType,
  classifyInjectionError,
  classifyUrl,
  isCannotRead,
  problemFromExtractError,
} from '@/lib/page-access';

describe('classifyUrl', () => {
  it.each([
    ['chrome://version', 'browser-page'],
    ['chrome://extensions/?id=abc', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:newtab', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['devtools://devtools/bundled/inspector.html', 'browser-page'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html', 'browser-page'],
    ['moz-extension://1234/popup.html', 'browser-page'],
  ])('refuses the browser page %s', (url, problem) => {
    expect(classifyUrl(url)).toBe(problem);
  });

  it.each([
    'https://chromewebstore.google.com/detail/crux/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/crux/',
    'https://microsoftedge.microsoft.com/addons/detail/abc',
  ])('refuses the extension store %s', (url) => {
    expect(classifyUrl(url)).toBe('extension-store');
  });

  it('treats other pages on the stores’ hosts as ordinary pages', () => {
    expect(classifyUrl('https://chrome.google.com/intl/en/chrome/')).toBeNull();
    expect(classifyUrl('https://microsoftedge.microsoft.com/')).toBeNull();
  });

  it('recognises Chrome’s PDF viewer', () => {
    expect(classifyUrl('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toBe('pdf');
  });

  it('recognises the error page of a failed load', () => {
    expect(classifyUrl('chrome-error://chromewebdata/')).toBe('load-failed');
  });

  it.each(['https://example.com/news/story', 'http://127.0.0.1:8080/a.html', 'file:///home/me/a.html', 'not a url'])(
    'lets Crux try %s',
    (url) => {
      expect(classifyUrl(url)).toBeNull();
    },
  );
});

describe('classifyInjectionError', () => {
  it.each([
    ['Frame with ID 0 is showing error page', 'load-failed'],
    [
      'Cannot access contents of url "chrome-error://chromewebdata/". Extension manifest must request permission to access this host.',
      'load-failed',
    ],
    ['The extensions gallery cannot be scripted.', 'extension-store'],
    ['Cannot access a chrome:// URL', 'browser-page'],
    ['Cannot access a chrome-extension:// URL of different extension', 'browser-page'],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'no-permission',
    ],
    ['Missing host permission for the tab', 'no-permission'],
    [
      'Cannot access contents of url "file:///home/me/notes.html". Extension manifest must request permission to access this host.',
      'local-file',
    ],
    ['No tab with id: 42.', 'unexpected'],
    ['', 'unexpected'],
  ])('maps “%s” to %s', (message, problem) => {
    expect(classifyInjectionError(message)).toBe(problem);
  });

  it('reads Firefox’s permission error on a PDF whose URL Crux may read as its PDF viewer', () => {
    expect(classifyInjectionError('Missing host permission for the tab', 'http://127.0.0.1:8000/flood-study.pdf')).toBe(
      'pdf',
    );
    expect(classifyInjectionError('Missing host permission for the tab', 'https://example.org/report.PDF?x=1')).toBe(
      'pdf',
    );
  });

  it('reads Firefox’s permission error on another page whose URL Crux may read as its JSON viewer or an error page', () => {
    expect(classifyInjectionError('Missing host permission for the tab', 'https://example.org/data/feed.json')).toBe(
      'not-html',
    );
    expect(classifyInjectionError('Missing host permission for the tab', 'http://127.0.0.1:9/story.html')).toBe(
      'load-failed',
    );
  });

  it('keeps a permission error as no access when the URL is hidden or not a web page', () => {
    expect(classifyInjectionError('Missing host permission for the tab')).toBe('no-permission');
    expect(classifyInjectionError('Missing host permission for the tab', 'file:///home/me/a.pdf')).toBe(
      'no-permission',
    );
  });
});

describe('classifyContentType', () => {
  it('reads HTML and XHTML', () => {
    expect(classifyContentType('text/html')).toBeNull();
    expect(classifyContentType('text/html; charset=utf-8')).toBeNull();
    expect(classifyContentType('application/xhtml+xml')).toBeNull();
  });

  it('refuses PDFs and other documents', () => {
    expect(classifyContentType('application/pdf')).toBe('pdf');
    expect(classifyContentType('text/plain')).toBe('not-html');
    expect(classifyContentType('image/svg+xml')).toBe('not-html');
    expect(classifyContentType('')).toBe('not-html');
  });
});

describe('problemFromExtractError and isCannotRead', () => {
  it('keeps the extractor’s meaning', () => {
    expect(problemFromExtractError('no-article')).toBe('no-article');
    expect(problemFromExtractError('empty')).toBe('empty');
    expect(problemFromExtractError('not-html')).toBe('not-html');
  });

  it('separates access problems from “nothing to read” and bugs', () => {
    expect(isCannotRead('pdf')).toBe(true);
    expect(isCannotRead('no-permission')).toBe(true);
    expect(isCannotRead('no-article')).toBe(false);
    expect(isCannotRead('unexpected')).toBe(false);
  });
});
