/** Searching notes through the word index, with filters, and its speed on 10,000 notes. */
import { beforeAll, describe, expect, it } from 'vitest';
import { addPageNote, deleteHighlight, saveHighlight } from '@/lib/db/notes';
import type { CruxDb } from '@/lib/db/schema';
import { searchNotes, type SearchFilters } from '@/lib/db/search';
import { makeDb, makePage, makeSelectors } from './helpers';
import { storeRecords } from '@/tests/factories';
import { storeErrorSentence } from '@/lib/strings';

/** The ids a search finds, sorted, or the failure's sentence. */
async function found(db: CruxDb, query: string, filters: SearchFilters = {}): Promise<string[] | string> {
  const result = await searchNotes(db, query, filters);
  return result.ok ? result.value.hits.map((hit) => hit.note.id).sort() : storeErrorSentence(result.error);
}

describe('searchNotes', () => {
  let db: CruxDb;

  beforeAll(async () => {
    db = makeDb();
    const river = makePage({ url: 'https://rivers.example/danube', title: 'The long river' });
    const tide = makePage({ url: 'https://www.sea.example/tides', title: 'Tide pools' });
    await saveHighlight(
      db,
      {
        page: river,
        selectors: makeSelectors('The Danube crosses ten countries'),
        colour: 'key',
        note: 'Check this count',
        tags: ['geography'],
      },
      { id: 'danube', now: Date.UTC(2024, 0, 10) },
    );
    await saveHighlight(
      db,
      {
        page: river,
        selectors: makeSelectors('Arguments about dams continue'),
        colour: 'disagree',
        note: '',
        tags: ['policy'],
      },
      { id: 'dams', now: Date.UTC(2024, 5, 1) },
    );
    await saveHighlight(
      db,
      {
        page: tide,
        selectors: makeSelectors('Salinity rises as water evaporates'),
        colour: 'evidence',
        note: 'Nice évidence',
        tags: ['chemistry'],
      },
      { id: 'salinity', now: Date.UTC(2024, 2, 1) },
    );
    await saveHighlight(
      db,
      { page: tide, selectors: makeSelectors('Countless snails retreat'), colour: 'question' },
      { id: 'snails', now: Date.UTC(2024, 3, 1) },
    );
    await saveHighlight(
      db,
      { page: tide, selectors: makeSelectors('A deleted passage about countries') },
      { id: 'deleted', now: Date.UTC(2024, 3, 2) },
    );
    await deleteHighlight(db, 'deleted');
    await addPageNote(
      db,
      { page: tide, text: 'Read the follow-up about salinity', tags: ['todo'] },
      { id: 'note', now: Date.UTC(2024, 4, 1) },
    );
  });

  it('finds notes by a word of the quote', async () => {
    expect(await found(db, 'danube ')).toEqual(['danube']);
  });

  it('matches the word being typed as a prefix', async () => {
    expect(await found(db, 'coun')).toEqual(['danube', 'snails']);
  });

  it('matches finished words by stem ("argument" finds "Arguments")', async () => {
    expect(await found(db, 'argument ')).toEqual(['dams']);
  });

  it('requires every word to match', async () => {
    expect(await found(db, 'danube che')).toEqual(['danube']);
    expect(await found(db, 'danube salinity')).toEqual([]);
  });

  it('finds notes by note text, tags and folded diacritics', async () => {
    expect(await found(db, 'evidence')).toEqual(['salinity']);
    expect(await found(db, 'geography')).toEqual(['danube']);
    expect(await found(db, 'salinity')).toEqual(['note', 'salinity']);
  });

  it("finds notes by their page's title", async () => {
    expect(await found(db, 'long riv')).toEqual(['dams', 'danube']);
  });

  it('leaves deleted highlights out', async () => {
    expect(await found(db, 'countries')).toEqual(['danube']);
  });

  it('filters by site, colour, tag and date', async () => {
    expect(await found(db, '', { site: 'sea.example' })).toEqual(['note', 'salinity', 'snails']);
    expect(await found(db, '', { colour: 'disagree' })).toEqual(['dams']);
    expect(await found(db, '', { tag: '#Todo' })).toEqual(['note']);
    expect(await found(db, '', { from: Date.UTC(2024, 2, 1), to: Date.UTC(2024, 4, 1) })).toEqual([
      'salinity',
      'snails',
    ]);
    expect(await found(db, 'coun', { site: 'rivers.example' })).toEqual(['danube']);
    expect(await found(db, '', { kinds: ['pageNote'] })).toEqual(['note']);
  });

  it('returns the newest first with their pages, and counts all hits', async () => {
    const result = await searchNotes(db, '');
    expect(result.ok && [result.value.total, result.value.exact]).toEqual([5, true]);
    if (!result.ok) return;
    expect(result.value.hits.map((h) => h.note.id)).toEqual(['dams', 'note', 'snails', 'salinity', 'danube']);
    expect(result.value.hits[0]?.page?.title).toBe('The long river');
  });

  it('stops counting past the hits shown when the query is broad, and says so', async () => {
    const result = await searchNotes(db, '', { limit: 2 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.hits.map((h) => h.note.id)).toEqual(['dams', 'note']);
    expect(result.value.exact).toBe(false);
    expect(result.value.total).toBeGreaterThanOrEqual(3);
  });
});

describe('searchNotes on 10,000 notes', () => {
  it('answers each partial query as the reader types, with the right hits', { timeout: 120_000 }, async () => {
    const db = makeDb();
    const vocabulary =
      'river harbour policy evidence winter garden engine theory record climate farmer budget history method planet market signal teacher museum season'.split(
        ' ',
      );
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const words = Array.from({ length: 12 }, (_, j) => vocabulary[(i * 7 + j * 13) % vocabulary.length]!);
      words.push(`item${i}`);
      return { quote: words.join(' '), i };
    });
    const { indexWords } = await import('@/lib/db/words');
    await storeRecords(db, {
      highlights: rows.map(({ quote, i }) => ({
        id: `h${i}`,
        pageKey: `https://example.com/p${i % 200}`,
        site: 'example.com',
        url: '',
        quote,
        selectors: [],
        colour: 'key' as const,
        note: '',
        tags: [],
        words: indexWords(quote),
        created: i,
        modified: i,
      })),
    });
    for (const query of ['i', 'item12', 'item123 ', 'river hist', 'zzz']) {
      expect((await searchNotes(db, query)).ok).toBe(true);
    }
    // Each plan gives the right answer: many candidates (walk of the modified keys), common words only, few.
    const many = await searchNotes(db, 'item1');
    expect(many.ok && [many.value.total, many.value.exact, many.value.hits.length]).toEqual([1111, true, 50]);
    expect(many.ok && many.value.hits.map((h) => h.note.id).slice(0, 3)).toEqual(['h1999', 'h1998', 'h1997']);
    const common = await searchNotes(db, 'river');
    expect(common.ok && [common.value.exact, common.value.hits.every((h) => h.note.words.includes('river'))]).toEqual([
      false,
      true,
    ]);
    const few = await searchNotes(db, 'river item12');
    expect(
      few.ok &&
        few.value.hits.length > 0 &&
        few.value.hits.every((h) => h.note.words.includes('river') && h.note.words.some((w) => w.startsWith('item12'))),
    ).toBe(true);
  });
});
