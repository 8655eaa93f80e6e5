// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import ArticleHeader from '@/components/ArticleHeader';
import { makeArticle } from '@/tests/factories';

afterEach(cleanup);

describe('ArticleHeader', () => {
  it('shows the title as the level-1 heading inside a header', () => {
    render(<ArticleHeader article={makeArticle()} />);
    const heading = screen.getByRole('heading', { level: 1, name: 'Harbour wall row splits Port Ellery' });
    expect(heading.closest('header')).not.toBeNull();
  });

  it('shows the site, deck and byline', () => {
    render(<ArticleHeader article={makeArticle()} />);
    expect(screen.getByText('The Ellery Courier')).toBeTruthy();
    expect(screen.getByText('Both sides say the other is misreading the same flood report.')).toBeTruthy();
    expect(screen.getByText('By Maren Holt')).toBeTruthy();
  });

  it('lists reading time and word count', () => {
    render(<ArticleHeader article={makeArticle({ readingMinutes: 6, wordCount: 1234 })} />);
    const facts = screen.getByRole('list', { name: 'About this article' });
    const items = within(facts)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(['6 min read', '1,234 words']);
  });

  it('says “1 word” for a single word', () => {
    render(<ArticleHeader article={makeArticle({ wordCount: 1 })} />);
    expect(screen.getByText('1 word')).toBeTruthy();
  });

  it('falls back to the host name and leaves out a missing byline and deck', () => {
    render(
      <ArticleHeader
        article={makeArticle({ siteName: null, byline: null, dek: null, url: 'https://www.courier.example/a' })}
      />,
    );
    expect(screen.getByText('courier.example')).toBeTruthy();
    expect(screen.queryByText(/^By /)).toBeNull();
  });

  it('renders page text as text, never as markup', () => {
    const { container } = render(<ArticleHeader article={makeArticle({ title: '<img src=x onerror=alert(1)>Hi' })} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('<img src=x onerror=alert(1)>Hi');
  });
});
