import { describe, expect, it } from 'vitest';
import { autoShowScriptId, sitePatterns } from '@/lib/highlights/auto-show';

describe('auto-show site patterns', () => {
  it('covers a site with and without www., on http and https', () => {
    expect(sitePatterns('example.com')).toEqual(['*://example.com/*', '*://www.example.com/*']);
  });

  it('covers an IP address or a single-label host as is (patterns ignore ports)', () => {
    expect(sitePatterns('127.0.0.1')).toEqual(['*://127.0.0.1/*']);
    expect(sitePatterns('localhost')).toEqual(['*://localhost/*']);
  });

  it('refuses anything that is not a host name', () => {
    expect(sitePatterns('')).toEqual([]);
    expect(sitePatterns('*.example.com')).toEqual([]);
    expect(sitePatterns('example.com/path')).toEqual([]);
  });

  it('names one registration per site', () => {
    expect(autoShowScriptId('News.example')).toBe('crux-auto-news.example');
  });
});
