// @vitest-environment happy-dom
/**
 * The library's promises about not losing things, over a real store (Dexie on fake-indexeddb): every deletion has
 * its own Undo; Recently deleted restores, purges and forgets after 30 days; an edit made on a copy another tab
 * changed is refused with a way to reload; a note on a local file is never opened; a large file is checked in a
 * worker with a progress bar.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import App from '@/entrypoints/library/App';
import ImportNotes, { type ImportCounts } from '@/components/ImportNotes';
import { createLibrarySource, type ExportFile } from '@/entrypoints/library/library-source';
import {
  createWorkerImportSession,
  type ImportWorkerLike,
  type ImportWorkerReply,
  type ImportWorkerRequest,
} from '@/entrypoints/library/import-client';
import { deleteHighlight, saveHighlight, updateHighlight } from '@/lib/db/notes';
import type { CruxDb } from '@/lib/db/schema';
import type { OpenNoteRequest } from '@/lib/messaging/protocol';
import { ok, type Result } from '@/lib/result';
import { storeErrorSentence } from '@/lib/strings';
import { makeDb, makeSelectors } from '@/tests/lib/db/helpers';

afterEach(cleanup);

const NOW = Date.UTC(2025, 2, 14, 12);
const DAY = 24 * 60 * 60 * 1000;
const PAGE = { url: 'https://news.example/harbour-wall', title: 'The harbour wall vote' };

/** Saves a highlight with a note at a time. @returns its id */
async function save(db: CruxDb, quote: string, note: string, now = NOW - 1000, url = PAGE.url): Promise<string> {
  const saved = await saveHighlight(db, { page: { ...PAGE, url }, selectors: makeSelectors(quote), note }, { now });
  if (!saved.ok) throw new Error(storeErrorSentence(saved.error));
  return saved.value.id;
}

function setup(db: CruxDb) {
  const opened: OpenNoteRequest[] = [];
  const downloads: ExportFile[] = [];
  const source = createLibrarySource(db, {
    openNoteInPage: async (request) => {
      opened.push(request);
      return { shown: 'revealed' };
    },
    now: () => NOW,
  });
  render(<App source={source} download={(file) => downloads.push(file)} />);
  return { source, opened, downloads };
}

/** A highlight's card, by its quote. */
const cardOf = async (quote: string) => (await screen.findByText(quote)).closest('article') as HTMLElement;

describe('deleting you can take back', () => {
  it('gives each of two deletions its own Undo, and each brings back its own note', async () => {
    const db = makeDb();
    const first = await save(db, 'The wall will cost four million pounds', 'first');
    const second = await save(db, 'Councillors postponed the vote', 'second', NOW - 500);
    setup(db);
    fireEvent.click(
      within(await cardOf('The wall will cost four million pounds')).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(async () => expect((await db.highlights.get(first))?.deletedAt).toBeDefined());
    fireEvent.click(within(await cardOf('Councillors postponed the vote')).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect((await db.highlights.get(second))?.deletedAt).toBeDefined());
    const undos = within(screen.getByRole('list', { name: 'Recently deleted, with Undo' })).getAllByRole('button', {
      name: 'Undo',
    });
    expect(undos).toHaveLength(2);
    fireEvent.click(undos[0]!);
    await screen.findByText('The wall will cost four million pounds');
    expect((await db.highlights.get(first))?.deletedAt).toBeUndefined();
    expect((await db.highlights.get(second))?.deletedAt).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Councillors postponed the vote');
    expect((await db.highlights.get(second))?.deletedAt).toBeUndefined();
  });

  it('lists deleted notes in Recently deleted, restores one and deletes another for good', async () => {
    const db = makeDb();
    const kept = await save(db, 'The wall will cost four million pounds', 'restore me');
    const gone = await save(db, 'Councillors postponed the vote', 'purge me');
    await deleteHighlight(db, kept, NOW - 2 * DAY);
    await deleteHighlight(db, gone, NOW - DAY);
    setup(db);
    fireEvent.click(await screen.findByRole('button', { name: 'Recently deleted' }));
    const list = await screen.findByRole('list', { name: 'Recently deleted' });
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(2));
    expect(within(list).getAllByRole('article')[0]!.textContent).toContain('purge me');
    const purgeCard = within(list).getAllByRole('article')[0]!;
    fireEvent.click(within(purgeCard).getByRole('button', { name: 'Delete forever' }));
    await waitFor(async () => expect(await db.highlights.get(gone)).toBeUndefined());
    const restoreCard = (await screen.findByText('restore me')).closest('article') as HTMLElement;
    fireEvent.click(within(restoreCard).getByRole('button', { name: 'Restore' }));
    await screen.findByText('Nothing was deleted in the last 30 days.');
    expect((await db.highlights.get(kept))?.deletedAt).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Back to notes' }));
    await screen.findByText('The wall will cost four million pounds');
  });

  it('removes notes deleted more than 30 days ago when the library opens, and keeps younger ones', async () => {
    const db = makeDb();
    const old = await save(db, 'The wall will cost four million pounds', 'old', NOW - 40 * DAY);
    const young = await save(db, 'Councillors postponed the vote', 'young', NOW - 40 * DAY);
    await deleteHighlight(db, old, NOW - 31 * DAY);
    await deleteHighlight(db, young, NOW - 29 * DAY);
    setup(db);
    await waitFor(async () => expect(await db.highlights.get(old)).toBeUndefined());
    expect(await db.highlights.get(young)).toBeDefined();
  });

  it('leaves deleted notes out of an export unless asked, and includes them when asked', async () => {
    const db = makeDb();
    await save(db, 'The wall will cost four million pounds', 'live');
    await deleteHighlight(db, await save(db, 'Councillors postponed the vote', 'deleted'), NOW - DAY);
    const { downloads } = setup(db);
    await screen.findByText('The wall will cost four million pounds');
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(screen.getByRole('button', { name: 'Web Annotation JSON (.json)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.text).not.toContain('Councillors postponed the vote');
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include recently deleted notes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Web Annotation JSON (.json)' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]!.text).toContain('Councillors postponed the vote');
    expect(downloads[1]!.text).toContain('crux:deleted');
  });
});

describe('two tabs editing one note', () => {
  it('refuses a save made on a copy another tab changed, says so, and reloads the note on request', async () => {
    const db = makeDb();
    const id = await save(db, 'The wall will cost four million pounds', 'as it was');
    setup(db);
    const card = await cardOf('The wall will cost four million pounds');
    fireEvent.click(within(card).getByRole('button', { name: 'Edit' }));
    // Another tab saves first.
    expect((await updateHighlight(db, id, { note: 'saved in the other tab' })).ok).toBe(true);
    fireEvent.input(within(card).getByRole('textbox', { name: 'Note' }), { target: { value: 'my edit' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save' }));
    const alert = await within(card).findByRole('alert');
    expect(alert.textContent).toContain(
      'This note changed in another tab, so this change was not saved. Reload the note to see the change, then edit it again.',
    );
    expect((await db.highlights.get(id))?.note).toBe('saved in the other tab');
    fireEvent.click(await within(card).findByRole('button', { name: 'Reload note' }));
    expect((within(card).getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe(
      'saved in the other tab',
    );
    fireEvent.input(within(card).getByRole('textbox', { name: 'Note' }), {
      target: { value: 'saved in the other tab, and mine' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.highlights.get(id))?.note).toBe('saved in the other tab, and mine'));
  });
});

describe('a note on a local file', () => {
  it('is listed with its address as text: no link, no Open at highlight', async () => {
    const db = makeDb();
    await save(db, 'Tide pools hold their water', 'from a saved page', NOW - 1000, 'file:///home/reader/tides.html');
    const { opened } = setup(db);
    const card = await cardOf('Tide pools hold their water');
    expect(within(card).queryByRole('button', { name: 'Tide pools hold their water' })).toBeNull();
    expect(card.textContent).toContain('On a local file: open it yourself at file:///home/reader/tides.html');
    const region = card.closest('section') as HTMLElement;
    expect(within(region).queryByRole('link')).toBeNull();
    expect(opened).toEqual([]);
  });
});

describe('a large import', () => {
  it('shows a progress bar while the file is read and checked', async () => {
    let report: ((p: { stage: 'reading' | 'checking'; fraction: number }) => void) | undefined;
    let finish: (() => void) | undefined;
    render(
      <ImportNotes
        onPreview={(_file, onProgress) => {
          report = onProgress;
          return new Promise<Result<{ summary: ImportCounts }, { message: string }>>((resolve) => {
            finish = () => resolve(ok({ summary: { added: 1, updated: 0, unchanged: 0 } }));
          });
        }}
        onImport={async () => ok({ added: 1, updated: 0, unchanged: 0 })}
      />,
    );
    const input = screen.getByLabelText('Import a Web Annotation file (.json)') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'big.json')], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(report).toBeDefined());
    report!({ stage: 'checking', fraction: 0.4 });
    const bar = await screen.findByRole('progressbar', { name: 'Checking the annotations…' });
    expect((bar as HTMLProgressElement).value).toBe(0.4);
    finish!();
    await screen.findByText('This file holds 1 note: 1 new, 0 updated, 0 unchanged.');
  });

  it('is checked and merged by the worker, which sends back progress and counts only', async () => {
    const sent: ImportWorkerRequest[] = [];
    const worker: ImportWorkerLike = {
      onmessage: null,
      onerror: null,
      terminate() {},
      postMessage(message) {
        sent.push(message);
        const reply = (data: ImportWorkerReply) => worker.onmessage?.({ data } as MessageEvent<ImportWorkerReply>);
        if (message.kind === 'preview') {
          reply({ kind: 'progress', progress: { stage: 'checking', fraction: 0.5 } });
          reply({ kind: 'previewed', result: ok({ added: 2, updated: 0, merged: 0, unchanged: 0 }) });
        } else reply({ kind: 'committed', result: ok({ added: 2, updated: 0, merged: 0, unchanged: 0 }) });
      },
    };
    const session = createWorkerImportSession(() => worker);
    const progress: number[] = [];
    const file = new Blob(['{}']);
    expect(await session.preview(file, (p) => progress.push(p.fraction))).toEqual(
      ok({ added: 2, updated: 0, merged: 0, unchanged: 0 }),
    );
    expect(progress).toEqual([0.5]);
    expect(await session.commit()).toEqual(ok({ added: 2, updated: 0, merged: 0, unchanged: 0 }));
    expect(sent.map((m) => m.kind)).toEqual(['preview', 'commit']);
  });
});
