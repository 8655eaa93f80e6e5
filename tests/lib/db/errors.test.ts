/**
 * Failures: a full disk, a closed database and interrupted transactions become plain sentences, and a failed
 * write leaves nothing half-written.
 */
import { describe, expect, it } from 'vitest';
import { storeErrorCode, toStoreError } from '@/lib/db/errors';
import { addPageNote, saveHighlight, updateHighlight } from '@/lib/db/notes';
import { searchNotes } from '@/lib/db/search';
import type { CruxDb } from '@/lib/db/schema';
import { failWrites } from './disk-full';
import { makeDb, makePage, makeSelectors } from './helpers';
import { storeErrorSentence } from '@/lib/strings';

/** A database whose writes of `type` to `table` fail with a full disk. */
function makeFullDb(table: string, type: 'add' | 'put'): CruxDb {
  const db = makeDb();
  db.use(failWrites(table, (request) => request.type === type));
  return db;
}

describe('a full disk', () => {
  it('says the highlight was not saved, in a plain sentence', async () => {
    const result = await saveHighlight(makeFullDb('highlights', 'add'), {
      page: makePage(),
      selectors: makeSelectors('a quote'),
    });
    expect(result).toEqual({ ok: false, error: { code: 'quota', action: 'save-highlight' } });
    expect(!result.ok && storeErrorSentence(result.error)).toBe(
      'Your disk is full, so this highlight was not saved. Free some space and try again — your other notes are safe.',
    );
  });

  it('leaves nothing half-written: the page written in the same transaction is rolled back', async () => {
    const db = makeFullDb('highlights', 'add');
    await saveHighlight(db, { page: makePage(), selectors: makeSelectors('a quote') });
    expect(await db.pages.count()).toBe(0);
    expect(await db.highlights.count()).toBe(0);
  });

  it('keeps what was saved before', async () => {
    const db = makeDb();
    const first = await saveHighlight(
      db,
      { page: makePage(), selectors: makeSelectors('saved before') },
      { id: 'kept', now: 1 },
    );
    expect(first.ok).toBe(true);
    // Middleware applies from the next open.
    db.close();
    db.use(failWrites('highlights', (request) => request.type === 'put'));
    await db.open();
    const update = await updateHighlight(db, 'kept', { note: 'will not fit' }, 2);
    expect(update.ok === false && update.error.code).toBe('quota');
    expect(await db.highlights.get('kept')).toMatchObject({ note: '', modified: 1 });
    expect(await db.pages.count()).toBe(1);
  });

  it('says a page note was not saved when the page write fails', async () => {
    const db = makeFullDb('pages', 'put');
    const result = await addPageNote(db, { page: makePage(), text: 'a note' });
    expect(result.ok === false && storeErrorSentence(result.error)).toBe(
      'Your disk is full, so this note was not saved. Free some space and try again — your other notes are safe.',
    );
    expect(await db.pageNotes.count()).toBe(0);
  });
});

describe('a closed database', () => {
  it('says so instead of failing silently', async () => {
    const db = makeDb();
    await db.open();
    db.close({ disableAutoOpen: true });
    const save = await saveHighlight(db, { page: makePage(), selectors: makeSelectors('a quote') });
    expect(save.ok === false && save.error.code).toBe('closed');
    const search = await searchNotes(db, 'quote');
    expect(search.ok === false && storeErrorSentence(search.error)).toMatch(
      /^Crux's notes database is closed .*, so the search could not run\./,
    );
  });
});

describe('storeErrorCode', () => {
  it('finds the cause inside wrapping errors, quota first', () => {
    const abort = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('full', 'QuotaExceededError'),
    });
    expect(storeErrorCode(abort)).toBe('quota');
    expect(storeErrorCode(Object.assign(new Error('x'), { name: 'AbortError' }))).toBe('aborted');
    expect(storeErrorCode(Object.assign(new Error('x'), { name: 'DatabaseClosedError' }))).toBe('closed');
    expect(storeErrorCode(new Error('x', { cause: new DOMException('t', 'TransactionInactiveError') }))).toBe(
      'aborted',
    );
    expect(storeErrorCode('a string')).toBe('unknown');
  });

  it('writes an aborted save as a plain sentence', () => {
    expect(storeErrorSentence(toStoreError(new DOMException('x', 'AbortError'), 'save-highlight'))).toBe(
      'Something interrupted Crux, so this highlight was not saved. Try again — your other notes are safe.',
    );
  });
});
