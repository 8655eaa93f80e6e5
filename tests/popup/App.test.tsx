// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import App, { type LoadArticle } from '@/entrypoints/popup/App';
import type { Article } from '@/lib/article/types';
import type { PageProblem } from '@/lib/page-access';
import { err, ok, type Result } from '@/lib/result';
import { makeArticle } from '../components/make-article';

afterEach(cleanup);

/** A loader that answers when the test says so, so the loading state can be seen. */
function deferredLoader(): { load: LoadArticle; answer(result: Result<Article, PageProblem>): void } {
  let answer: (result: Result<Article, PageProblem>) => void = () => {};
  const load = () => new Promise<Result<Article, PageProblem>>((resolve) => (answer = resolve));
  return { load, answer: (result) => answer(result) };
}

describe('popup App', () => {
  it('shows a busy skeleton while the page is read, then the article header', async () => {
    const loader = deferredLoader();
    render(<App loadArticle={loader.load} />);
    expect(screen.getByRole('status', { name: 'Reading the page…' }).getAttribute('aria-busy')).toBe('true');
    loader.answer(ok(makeArticle()));
    expect(await screen.findByRole('heading', { level: 1, name: 'Harbour wall row splits Port Ellery' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('list', { name: 'About this article' }).textContent).toContain('6 min read');
  });

  it('says a page is not an article, and shows its header after “Analyse anyway”', async () => {
    render(<App loadArticle={async () => ok(makeArticle({ readable: false, title: 'Rain jackets' }))} />);
    const region = await screen.findByRole('region', { name: 'This doesn’t look like an article' });
    expect(screen.queryByRole('heading', { name: 'Rain jackets' })).toBeNull();
    fireEvent.click(within(region).getByRole('button', { name: 'Analyse anyway' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Rain jackets' })).toBeTruthy();
  });

  it.each<[PageProblem, RegExp]>([
    ['browser-page', /browser’s own pages/],
    ['extension-store', /add-on stores/],
    ['pdf', /PDF/],
    ['load-failed', /Reload the page/],
    ['no-permission', /toolbar/],
    ['no-article', /no article text/],
    ['empty', /no text yet/],
  ])('explains the problem %s in plain words', async (problem, sentence) => {
    render(<App loadArticle={async () => err(problem)} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(sentence);
  });

  it('turns a failing loader into a sentence a person understands, and retries on request', async () => {
    const load = vi
      .fn<LoadArticle>()
      .mockRejectedValueOnce(new TypeError('Cannot read properties of undefined (reading "id")'))
      .mockResolvedValueOnce(ok(makeArticle()));
    render(<App loadArticle={load} />);
    const alert = await screen.findByRole('alert', { name: 'Something went wrong' });
    expect(alert.textContent).not.toMatch(/TypeError|undefined/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Harbour wall row splits Port Ellery' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
