/**
 * Behaviour of the extraction pipeline beyond the fixture fields: the live page is never changed, the Node parser
 * repairs pages without a skeleton, and author lines become names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/article/extract';
import { cleanByline, readLabelledAuthor } from '@/lib/article/metadata';
import { parseHtml } from '@/scripts/cli/parse-html';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'articles');

describe('extractArticle', () => {
  it('leaves the live document untouched', () => {
    const html = readFileSync(path.join(FIXTURES, 'live-document-untouched', 'source.html'), 'utf8');
    const doc = parseHtml(html, 'https://campus.example/news/library-hours');
    const bodyBefore = doc.body.innerHTML;
    const headBefore = doc.head.innerHTML;
    const result = extractArticle(doc);
    expect(result.ok).toBe(true);
    expect(doc.body.innerHTML).toBe(bodyBefore);
    expect(doc.head.innerHTML).toBe(headBefore);
  });

  it('reports an error for a page with no text', () => {
    const result = extractArticle(parseHtml('<html><body><nav></nav></body></html>', 'https://x.example/'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/\.$/);
  });

  it('does not repeat footnotes that Readability kept in the body', () => {
    const sentence =
      'The survey ran for nine winters along the same stretch of coast, counting every seabird it could find. ';
    const html = `<html><body><nav><a href="/">Home</a></nav><article><h1>Notes kept</h1>
      <p>${sentence.repeat(3)}<sup><a href="#note-1">1</a></sup></p><p>${sentence.repeat(3)}</p>
      <ol><li id="note-1">Counts from the ninth winter were made by a second observer for comparison. <a href="#r1">↩</a></li></ol>
      </article></body></html>`;
    const result = extractArticle(parseHtml(html, 'https://x.example/notes'));
    const text = result.ok ? result.value.text : '';
    expect(text.split('made by a second observer').length - 1).toBe(1);
    expect(text).not.toContain('↩');
  });

  it('scales the article test for dense scripts without calling a short notice an article', () => {
    const para =
      '本周一，位于西部山区的一所乡村小学正式启用了学校的第一座小型天文台，配备了一台望远镜和一套简易的观测软件。';
    const page = (body: string): string =>
      `<html lang="zh-CN"><head><title>天文台</title></head><body>${body}</body></html>`;
    const article = extractArticle(
      parseHtml(page(`<article>${`<p>${para}</p>`.repeat(5)}</article>`), 'https://x.example/a'),
    );
    const notice = extractArticle(
      parseHtml(page('<nav><a href="/">首页</a></nav><p>本站维护中，请稍后再来。</p>'), 'https://x.example/b'),
    );
    expect(article.ok && article.value.readable).toBe(true);
    expect(notice.ok && notice.value.readable).toBe(false);
  });

  it('keeps the text of a short page that is all fragments', () => {
    const result = extractArticle(parseHtml('<p>Closed today</p>', 'https://x.example/'));
    expect(result.ok && result.value.text).toBe('Closed today');
  });
});

describe('parseHtml', () => {
  it('gives a fragment a head and a body', () => {
    const doc = parseHtml('<title>T</title><p>One</p>', 'https://x.example/a');
    expect(doc.title).toBe('T');
    expect(doc.body.textContent).toBe('One');
  });

  it('reports the given URL and resolves <base href>', () => {
    const doc = parseHtml('<html><head><base href="/docs/"></head><body></body></html>', 'https://x.example/a/b');
    expect(doc.URL).toBe('https://x.example/a/b');
    expect(doc.baseURI).toBe('https://x.example/docs/');
  });

  it('does not throw on an empty string', () => {
    expect(parseHtml('', 'https://x.example/').body).toBeTruthy();
  });
});

describe('readLabelledAuthor', () => {
  it.each([
    ['发布时间：2026-05-18 来源：晨光网 作者：林晓雨 字号：大', '林晓雨'],
    ['记者：王明来源：晨光网', '王明'],
    ['记者从教育局了解到，新学期将增设天文课。', null],
  ])('reads %j as %j', (line, name) => {
    expect(readLabelledAuthor(line)).toBe(name);
  });
});

describe('cleanByline', () => {
  it.each([
    ['By Staff Writer · 6 min read', 'Staff Writer'],
    ['Written by Ana Lima', 'Ana Lima'],
    ['Associated Press November 19, 2019, 9:02 AM', 'Associated Press'],
    ['By Ruth Kim | Updated 3:45 PM', 'Ruth Kim'],
    ['Por Beatriz Almeida', 'Beatriz Almeida'],
  ])('turns "%s" into "%s"', (line, name) => {
    expect(cleanByline(line)).toBe(name);
  });

  it('rejects a profile URL', () => {
    expect(cleanByline('https://social.example/ana')).toBeNull();
  });
});
