/** Test factory for {@link Article}: a small, readable news article; override any field. */
import type { Article } from '@/lib/article/types';

/** Makes an article for component and popup tests. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  const text = 'The council voted on the harbour wall.\n\nThe fishers disagreed.';
  return {
    url: 'https://courier.example/harbour-wall',
    canonicalUrl: null,
    title: 'Harbour wall row splits Port Ellery',
    byline: 'Maren Holt',
    siteName: 'The Ellery Courier',
    lang: 'en',
    publishedTime: '2026-03-14',
    dek: 'Both sides say the other is misreading the same flood report.',
    excerpt: null,
    wordCount: 1234,
    readingMinutes: 6,
    text,
    blocks: [
      { kind: 'paragraph', text: 'The council voted on the harbour wall.', start: 0, end: 38 },
      { kind: 'paragraph', text: 'The fishers disagreed.', start: 40, end: 62 },
    ],
    readable: true,
    ...overrides,
  };
}
