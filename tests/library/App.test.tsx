// @vitest-environment happy-dom
/**
 * The notes library page over a real store (Dexie on fake-indexeddb, a fresh database per test): every state, by
 * role and label, as a reader meets it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import App from '@/entrypoints/library/App';
import { createLibrarySource, type ExportFile, type LibrarySource } from '@/entrypoints/library/library-source';
import { recordAnchorOutcome } from '@/lib/db/anchor-status';
import { addPageNote, saveHighlight, type NewHighlight } from '@/lib/db/notes';
import type { CruxDb } from '@/lib/db/schema';
import type { OpenNoteRequest } from '@/lib/messaging/protocol';
import { err } from '@/lib/result';
import { makeDb, makeSelectors } from '@/tests/lib/db/helpers';
import { storeErrorSentence } from '@/lib/strings';

afterEach(cleanup);

const NOW = Date.UTC(2025, 2, 14, 12);
const HARBOUR = { url: 'https://news.example/harbour-wall?utm_source=x', title: 'The harbour wall vote' };
const RIVER = { url: 'https://www.river.example/flood-report', title: 'Flood report delayed again' };

/** Saves a highlight at a time (so the newest-first order is known). */
async function save(
  db: CruxDb,
  input: Omit<NewHighlight, 'selectors'> & { quote: string },
  now: number,
): Promise<string> {
  const { quote, ...rest } = input;
  const saved = await saveHighlight(db, { ...rest, selectors: makeSelectors(quote) }, { now });
  if (!saved.ok) throw new Error(storeErrorSentence(saved.error));
  return saved.value.id;
}

/** Three highlights on two pages, and a page note. */
async function seed(db: CruxDb) {
  const wall = await save(
    db,
    {
      page: HARBOUR,
      quote: 'The wall will cost four million pounds',
      colour: 'evidence',
      note: 'Council figure, check the tender',
      tags: ['budget'],
    },
    NOW - 3000,
  );
  const vote = await save(
    db,
    { page: HARBOUR, quote: 'Councillors postponed the vote', colour: 'question', note: 'Why postponed?' },
    NOW - 2000,
  );
  const flood = await save(
    db,
    {
      page: RIVER,
      quote: 'The report was delayed for a third time',
      colour: 'disagree',
      note: 'Agency blames staffing',
    },
    NOW - 1000,
  );
  await addPageNote(db, { page: RIVER, text: 'Follow up in spring #followup', tags: ['followup'] }, { now: NOW - 500 });
  return { wall, vote, flood };
}

function setup(options: { db?: CruxDb; wrap?: (source: LibrarySource) => LibrarySource } = {}) {
  const db = options.db ?? makeDb();
  const opened: OpenNoteRequest[] = [];
  const downloads: ExportFile[] = [];
  const base = createLibrarySource(db, {
    openNoteInPage: async (request) => {
      opened.push(request);
      return { shown: 'revealed' };
    },
    now: () => NOW,
  });
  const source = options.wrap ? options.wrap(base) : base;
  render(<App source={source} download={(file) => downloads.push(file)} />);
  return { db, opened, downloads };
}

/** The page groups shown, by heading, with their cards' quotes or notes. */
function shownGroups(): string[] {
  const list = screen.queryByRole('list', { name: 'Notes by page' });
  if (!list) return [];
  return within(list)
    .queryAllByRole('region')
    .map((region) => within(region).getByRole('heading').textContent ?? '');
}

function shownCards(): string[] {
  return screen
    .queryAllByRole('article')
    .map(
      (card) =>
        card.querySelector('blockquote > :first-child')?.textContent ??
        card.querySelector('.note-text')?.textContent ??
        '',
    );
}

const search = () => screen.getByRole('searchbox', { name: 'Search your notes' });
/** A filter menu, by label (cards have their own Colour menus). */
const filter = (name: string) =>
  within(screen.getByRole('region', { name: 'Search and filters' })).getByRole('combobox', { name });

describe('the notes library', () => {
  it('says it is loading until the first results arrive', () => {
    const never: LibrarySource = {
      ...createLibrarySource(makeDb(), { openNoteInPage: async () => ({ shown: 'opened' }) }),
      watch: () => () => {},
    };
    render(<App source={never} download={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('Loading your notes…');
  });

  it('explains how to save notes when the library is empty', async () => {
    setup();
    await screen.findByText('No notes yet');
    expect(screen.getByRole('status').textContent).toBe('0 notes');
  });

  it('lists every note newest first, grouped by page with title, site, date and link', async () => {
    const db = makeDb();
    await seed(db);
    setup({ db });
    await waitFor(() => expect(shownGroups()).toEqual(['Flood report delayed again', 'The harbour wall vote']));
    expect(shownCards()).toEqual([
      'Follow up in spring #followup',
      'The report was delayed for a third time',
      'Councillors postponed the vote',
      'The wall will cost four million pounds',
    ]);
    const harbour = screen.getByRole('region', { name: 'The harbour wall vote' });
    expect(within(harbour).getByRole('link', { name: 'The harbour wall vote' }).getAttribute('href')).toBe(HARBOUR.url);
    expect(harbour.textContent).toContain('news.example');
    expect(harbour.textContent).toContain('Last note 14 Mar 2025');
    expect(screen.getByRole('status').textContent).toBe('4 notes');
  });

  it('finds a note by a word of its note, of its quote, and of its page title, as the reader types', async () => {
    const db = makeDb();
    await seed(db);
    setup({ db });
    await waitFor(() => expect(shownCards()).toHaveLength(4));
    fireEvent.input(search(), { target: { value: 'tend' } });
    await waitFor(() => expect(shownCards()).toEqual(['The wall will cost four million pounds']));
    fireEvent.input(search(), { target: { value: 'postponed' } });
    await waitFor(() => expect(shownCards()).toEqual(['Councillors postponed the vote']));
    fireEvent.input(search(), { target: { value: 'flood' } });
    await waitFor(() => expect(shownGroups()).toEqual(['Flood report delayed again']));
  });

  it('says when nothing matches, and Esc clears the search', async () => {
    const db = makeDb();
    await seed(db);
    setup({ db });
    await waitFor(() => expect(shownCards()).toHaveLength(4));
    fireEvent.input(search(), { target: { value: 'zebra' } });
    await screen.findByText('No notes match');
    expect(screen.getByRole('status').textContent).toBe('0 notes');
    fireEvent.keyDown(search(), { key: 'Escape' });
    await waitFor(() => expect(shownCards()).toHaveLength(4));
    expect((search() as HTMLInputElement).value).toBe('');
  });

  it('filters by colour, by site and by tag, offering the sites and tags the notes have', async () => {
    const db = makeDb();
    await seed(db);
    setup({ db });
    await waitFor(() => expect(shownCards()).toHaveLength(4));
    fireEvent.change(filter('Colour'), { target: { value: 'question' } });
    await waitFor(() => expect(shownCards()).toEqual(['Councillors postponed the vote']));
    fireEvent.change(filter('Colour'), { target: { value: '' } });
    const site = filter('Site');
    await waitFor(() =>
      expect(
        within(site)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['All sites', 'news.example', 'river.example']),
    );
    fireEvent.change(site, { target: { value: 'river.example' } });
    await waitFor(() => expect(shownGroups()).toEqual(['Flood report delayed again']));
    fireEvent.change(site, { target: { value: '' } });
    const tag = filter('Tag');
    await waitFor(() =>
      expect(
        within(tag)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Any tag', '#budget', '#followup']),
    );
    fireEvent.change(tag, { target: { value: 'budget' } });
    await waitFor(() => expect(shownCards()).toEqual(['The wall will cost four million pounds']));
  });

  it('filters by date', async () => {
    const db = makeDb();
    await save(db, { page: HARBOUR, quote: 'An old passage from last year', note: '' }, NOW - 400 * 24 * 3600 * 1000);
    await save(db, { page: HARBOUR, quote: 'A passage from this week', note: '' }, NOW - 2 * 24 * 3600 * 1000);
    setup({ db });
    await waitFor(() => expect(shownCards()).toHaveLength(2));
    fireEvent.change(filter('Saved'), { target: { value: 'week' } });
    await waitFor(() => expect(shownCards()).toEqual(['A passage from this week']));
  });

  it('edits a note and its tags, and changes a colour', async () => {
    const db = makeDb();
    const { vote } = await seed(db);
    setup({ db });
    const card = await screen.findByRole('article', { name: 'Highlight: Question' });
    fireEvent.click(within(card).getByRole('button', { name: 'Edit' }));
    fireEvent.input(within(card).getByRole('textbox', { name: 'Note' }), { target: { value: 'Postponed to June' } });
    fireEvent.input(within(card).getByRole('textbox', { name: 'Tags' }), { target: { value: 'vote, june' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByRole('article', { name: 'Highlight: Question' }).textContent).toContain('Postponed to June'),
    );
    expect(await db.highlights.get(vote)).toMatchObject({ note: 'Postponed to June', tags: ['vote', 'june'] });
    fireEvent.change(
      within(screen.getByRole('article', { name: 'Highlight: Question' })).getByRole('combobox', { name: 'Colour' }),
      { target: { value: 'key' } },
    );
    await screen.findByRole('article', { name: 'Highlight: Key point' });
    expect((await db.highlights.get(vote))?.colour).toBe('key');
  });

  it('deletes a note and brings it back with Undo', async () => {
    const db = makeDb();
    const { flood } = await seed(db);
    setup({ db });
    const card = await screen.findByRole('article', { name: 'Highlight: Disagreement' });
    fireEvent.click(within(card).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Highlight: Disagreement' })).toBeNull());
    expect((await db.highlights.get(flood))?.deletedAt).toBeDefined();
    const toast = screen.getByText('Highlight deleted.').closest('[role="status"]') as HTMLElement;
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await screen.findByRole('article', { name: 'Highlight: Disagreement' });
    expect((await db.highlights.get(flood))?.deletedAt).toBeUndefined();
  });

  it('shows a change that failed as its sentence in an alert, and keeps the editor open', async () => {
    const db = makeDb();
    await seed(db);
    const sentence =
      'Your disk is full, so this change was not saved. Free some space and try again — your other notes are safe.';
    setup({ db, wrap: (source) => ({ ...source, updateHighlight: async () => err({ message: sentence }) }) });
    const card = await screen.findByRole('article', { name: 'Highlight: Evidence' });
    fireEvent.click(within(card).getByRole('button', { name: 'Edit' }));
    fireEvent.input(within(card).getByRole('textbox', { name: 'Note' }), { target: { value: 'Lost?' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(sentence));
    expect((within(card).getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('Lost?');
  });

  it('marks a highlight its page did not contain the last time, and keeps its quote', async () => {
    const db = makeDb();
    const { wall, vote } = await seed(db);
    await recordAnchorOutcome(db, { pageKey: 'https://news.example/harbour-wall', placed: [vote], notFound: [wall] });
    setup({ db });
    const card = await screen.findByRole('article', { name: 'Highlight: Evidence' });
    expect(within(card).getByText('Not found on its page last time')).toBeTruthy();
    expect(card.textContent).toContain('The wall will cost four million pounds');
    expect(
      within(screen.getByRole('article', { name: 'Highlight: Question' })).queryByText(
        'Not found on its page last time',
      ),
    ).toBeNull();
  });

  it('opens a highlight’s page at the quote (a text fragment) and asks for it to be painted', async () => {
    const db = makeDb();
    await seed(db);
    const { opened } = setup({ db });
    fireEvent.click(await screen.findByRole('button', { name: 'Councillors postponed the vote' }));
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(opened[0]).toEqual({
      url: `${HARBOUR.url}#:~:text=before%20the%20quote-,Councillors%20postponed%20the%20vote,-after%20the%20quote`,
      quote: {
        type: 'TextQuoteSelector',
        exact: 'Councillors postponed the vote',
        prefix: 'before the quote ',
        suffix: ' after the quote',
      },
    });
  });

  it('shows 50 notes at first with a lower-bound count, and more on request', async () => {
    const db = makeDb();
    for (let i = 0; i < 60; i++)
      await save(
        db,
        {
          page: { url: `https://site.example/p${i % 7}`, title: `Page ${i % 7}` },
          quote: `Passage number ${i}`,
          note: '',
        },
        NOW - 100_000 + i,
      );
    setup({ db });
    await waitFor(() => expect(shownCards()).toHaveLength(50));
    expect(shownCards()[0]).toBe('Passage number 59');
    expect(screen.getByRole('status').textContent).toBe('50+ notes');
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(shownCards()).toHaveLength(60));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('moves between notes with the arrow keys, edits with e, and focuses the search with /', async () => {
    const db = makeDb();
    await seed(db);
    setup({ db });
    const first = await screen.findByRole('button', { name: 'The report was delayed for a third time' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Councillors postponed the vote' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'e' });
    expect(
      within(screen.getByRole('article', { name: 'Highlight: Disagreement' })).getByRole('textbox', { name: 'Note' }),
    ).toBeTruthy();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(search());
  });

  it('exports the current results as Web Annotation JSON, or all notes as Markdown', async () => {
    const db = makeDb();
    await seed(db);
    const { downloads } = setup({ db });
    await waitFor(() => expect(shownCards()).toHaveLength(4));
    fireEvent.change(filter('Colour'), { target: { value: 'question' } });
    await waitFor(() => expect(shownCards()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect((screen.getByRole('radio', { name: 'Current results' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Web Annotation JSON (.json)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]).toMatchObject({ name: 'crux-notes-2025-03-14.json', count: 1 });
    const json = JSON.parse(downloads[0]!.text) as { total: number; first: { items: { target: unknown }[] } };
    expect(json.total).toBe(1);
    expect(JSON.stringify(json.first.items[0]!.target)).toContain('Councillors postponed the vote');
    expect(screen.getByText('Exported 1 note to crux-notes-2025-03-14.json.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(screen.getByRole('radio', { name: 'All notes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Markdown (.md)' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]).toMatchObject({ name: 'crux-notes-2025-03-14.md', count: 4 });
    expect(downloads[1]!.text).toContain('Councillors postponed the vote');
    expect(downloads[1]!.text).toContain('The wall will cost four million pounds');
  });
});

/** Chooses a file in the import field, as the file picker would. */
function chooseFile(name: string, text: string): void {
  const input = screen.getByLabelText('Import a Web Annotation file (.json)') as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    value: [new File([text], name, { type: 'application/json' })],
    configurable: true,
  });
  fireEvent.change(input);
}

describe('importing into the library', () => {
  it('says what a file would do, imports it on confirmation, and lists the notes', async () => {
    const from = makeDb();
    await seed(from);
    const exported = await createLibrarySource(from, {
      openNoteInPage: async () => ({ shown: 'opened' }),
      now: () => NOW,
    }).exportNotes('json', 'all', { text: '', filters: {}, limit: 50 });
    if (!exported.ok) throw new Error(exported.error.message);
    const { db } = setup();
    await screen.findByText('No notes yet');
    chooseFile('crux-notes.json', exported.value.text);
    const confirm = await screen.findByRole('group', { name: 'crux-notes.json' });
    expect(within(confirm).getByRole('status').textContent).toBe(
      'This file holds 4 notes: 4 new, 0 updated, 0 unchanged.',
    );
    expect(await db.highlights.count()).toBe(0);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: 4 new, 0 updated, 0 unchanged.');
    await waitFor(() => expect(shownGroups()).toEqual(['Flood report delayed again', 'The harbour wall vote']));

    chooseFile('again.json', exported.value.text);
    const again = await screen.findByRole('group', { name: 'again.json' });
    expect(within(again).getByRole('status').textContent).toBe(
      'This file holds 4 notes: 0 new, 0 updated, 4 unchanged.',
    );
  });

  it('refuses a corrupt file with a sentence naming the item and field, and writes nothing', async () => {
    const from = makeDb();
    await seed(from);
    const exported = await createLibrarySource(from, {
      openNoteInPage: async () => ({ shown: 'opened' }),
      now: () => NOW,
    }).exportNotes('json', 'all', { text: '', filters: {}, limit: 50 });
    if (!exported.ok) throw new Error(exported.error.message);
    const broken = JSON.parse(exported.value.text) as { first: { items: Record<string, unknown>[] } };
    broken.first.items[1]!.modified = 'last Tuesday';
    const { db } = setup();
    await screen.findByText('No notes yet');
    chooseFile('broken.json', JSON.stringify(broken));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/2/);
    expect(alert.textContent).toMatch(/modified/);
    expect(await db.highlights.count()).toBe(0);

    chooseFile('not-json.json', '{"type": "AnnotationCollection", ');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/^This file is not a Web Annotation export/),
    );
    expect(await db.pageNotes.count()).toBe(0);
  });
});

describe('the import field', () => {
  it('refuses a file too large to read, before reading it', async () => {
    const { db } = setup();
    await screen.findByText('No notes yet');
    const input = screen.getByLabelText('Import a Web Annotation file (.json)') as HTMLInputElement;
    const huge = new File(['{}'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 300 * 1024 * 1024 });
    Object.defineProperty(huge, 'text', { value: () => Promise.reject(new Error('must not be read')) });
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing was imported: this file is too large to be a Crux export (over 256 MB).',
    );
    expect(await db.highlights.count()).toBe(0);
  });
});
