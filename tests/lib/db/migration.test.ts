/**
 * Migrations: a database written by version 1 is opened with the current schema and its rows are transformed.
 * One test per version that transforms data.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, createCruxDb, deviceIdOf } from '@/lib/db/schema';
import { catchUpWords, readPendingWords } from '@/lib/db/word-index';
import { searchNotes } from '@/lib/db/search';

/** Writes rows as version 1 stored them, then closes the database. */
async function writeVersion1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('pages').add({
    key: 'https://example.com/a',
    site: 'example.com',
    title: 'Rivers of Europe',
    urls: ['https://www.example.com/a'],
    firstSeen: 1,
    lastSeen: 2,
  });
  await v1.table('pages').add({
    key: 'https://example.com/b',
    site: 'example.com',
    title: 'No urls in this one',
    firstSeen: 1,
    lastSeen: 2,
  });
  await v1.table('highlights').bulkAdd([
    {
      id: 'h1',
      pageKey: 'https://example.com/a',
      site: 'example.com',
      url: 'https://www.example.com/a',
      quote: 'The Danube crosses ten countries',
      selectors: [{ type: 'TextQuoteSelector', exact: 'The Danube crosses ten countries', prefix: '', suffix: '' }],
      colour: 'yellow',
      note: 'Check the count',
      tags: ['Geography', 'geography', ' #rivers '],
      created: 10,
      modified: 11,
    },
    {
      id: 'h2',
      pageKey: 'https://example.com/a',
      site: 'example.com',
      url: 'https://example.com/a',
      quote: 'Café culture along the banks',
      selectors: [],
      colour: 'question',
      tags: [],
      created: 12,
      modified: 12,
    },
  ]);
  await v1
    .table('pageNotes')
    .add({ id: 'n1', pageKey: 'https://www.example.com/b', text: 'Résumé of the argument', created: 20, modified: 20 });
  v1.close();
}

describe('migration to version 2', () => {
  it('computes the word index of pages, highlights and page notes', async () => {
    const name = `crux-migration-${crypto.randomUUID()}`;
    await writeVersion1(name);
    const db = createCruxDb(name);
    expect((await db.pages.get('https://example.com/a'))?.words).toEqual(['europ', 'europe', 'of', 'river', 'rivers']);
    expect((await db.highlights.get('h1'))?.words).toEqual(
      expect.arrayContaining(['danube', 'countries', 'countri', 'check', 'count', 'geography', 'rivers']),
    );
    expect((await db.highlights.get('h2'))?.words).toEqual(expect.arrayContaining(['cafe', 'culture', 'banks']));
    expect((await db.pageNotes.get('n1'))?.words).toEqual(expect.arrayContaining(['resume', 'argument']));
    db.close();
  });

  it('maps hue names to colour meanings and normalises tags and notes', async () => {
    const name = `crux-migration-${crypto.randomUUID()}`;
    await writeVersion1(name);
    const db = createCruxDb(name);
    expect(await db.highlights.get('h1')).toMatchObject({
      colour: 'key',
      tags: ['geography', 'rivers'],
      note: 'Check the count',
      created: 10,
      modified: 11,
    });
    expect(await db.highlights.get('h2')).toMatchObject({ colour: 'question', note: '', tags: [] });
    db.close();
  });

  it('gives page notes a site and tags, and pages a URL list', async () => {
    const name = `crux-migration-${crypto.randomUUID()}`;
    await writeVersion1(name);
    const db = createCruxDb(name);
    expect(await db.pageNotes.get('n1')).toMatchObject({ site: 'example.com', tags: [] });
    expect((await db.pages.get('https://example.com/b'))?.urls).toEqual([]);
    db.close();
  });

  it('makes upgraded notes searchable through the new indexes', async () => {
    const name = `crux-migration-${crypto.randomUUID()}`;
    await writeVersion1(name);
    const db = createCruxDb(name);
    const result = await searchNotes(db, 'danube cou');
    expect(result.ok && result.value.hits.map((h) => h.note.id)).toEqual(['h1']);
    const byTitle = await searchNotes(db, 'europe');
    expect(byTitle.ok && byTitle.value.hits.map((h) => h.note.id).sort()).toEqual(['h1', 'h2']);
    db.close();
  });
});

describe('migration to version 3', () => {
  /** Writes rows as version 2 stored them (an import then could store any colour and any date), then closes. */
  async function writeVersion2(name: string): Promise<void> {
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.table('highlights').bulkAdd([
      {
        id: 'h1',
        pageKey: 'https://example.com/a',
        site: 'example.com',
        url: 'https://example.com/a',
        quote: 'Tides turn twice a day',
        selectors: [{ type: 'TextQuoteSelector', exact: 'Tides turn twice a day', prefix: '', suffix: '' }],
        colour: '__proto__',
        note: 'from a strange file',
        tags: [],
        words: ['tides'],
        created: Date.UTC(2024, 0, 1),
        modified: Date.UTC(9999, 11, 31),
      },
    ]);
    await v2.table('pageNotes').add({
      id: 'n1',
      pageKey: 'https://example.com/a',
      site: 'example.com',
      text: 'A page note',
      tags: [],
      words: ['page'],
      created: Date.UTC(2024, 0, 1),
      modified: Date.UTC(2024, 0, 2),
    });
    v2.close();
  }

  it('gives every note one change by this profile, a known colour and a date no later than tomorrow', async () => {
    const name = `crux-migration-${crypto.randomUUID()}`;
    await writeVersion2(name);
    const before = Date.now();
    const db = createCruxDb(name);
    const device = await deviceIdOf(db);
    const highlight = (await db.highlights.get('h1'))!;
    expect(highlight.colour).toBe('key');
    expect(highlight.modified).toBeLessThanOrEqual(Date.now() + 24 * 60 * 60 * 1000);
    expect(highlight.modified).toBeGreaterThanOrEqual(before);
    expect(highlight.clock).toEqual([[device, 1]]);
    expect(highlight.revision).toEqual({ device, counter: 1 });
    expect((await db.pageNotes.get('n1'))!.clock).toEqual([[device, 1]]);
    expect((await db.pageNotes.get('n1'))!.modified).toBe(Date.UTC(2024, 0, 2));
    db.close();
  });

  it('gives a new database its own device id, the same on every read', async () => {
    const db = createCruxDb(`crux-migration-${crypto.randomUUID()}`);
    const device = await deviceIdOf(db);
    expect(device).toMatch(/^[0-9a-f-]{36}$/);
    db.close();
    const again = createCruxDb(db.name);
    expect(await deviceIdOf(again)).toBe(device);
    again.close();
  });
});

describe('migration to version 4', () => {
  it('is the current version', () => {
    expect(CURRENT_VERSION).toBe(4);
  });

  /** Writes two highlights and a page note as version 3 stored them (words indexed in the notes' tables). */
  async function writeVersion3(name: string): Promise<void> {
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    const highlight = (id: string, quote: string, words: string[]) => ({
      id,
      pageKey: 'https://example.com/a',
      site: 'example.com',
      url: 'https://example.com/a',
      quote,
      selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
      colour: 'key',
      note: '',
      tags: [],
      words,
      created: Date.UTC(2024, 0, 1),
      modified: Date.UTC(2024, 0, 1),
      clock: [['d', 1]],
      revision: { device: 'd', counter: 1 },
    });
    await v3.table('pages').add({ key: 'https://example.com/a', site: 'example.com', title: '', urls: [], words: [] });
    await v3
      .table('highlights')
      .bulkAdd([
        highlight('h1', 'Glaciers retreat', ['glacier', 'glaciers', 'retreat']),
        highlight('h2', 'Rivers flood', ['flood', 'river', 'rivers']),
      ]);
    await v3.table('pageNotes').add({
      id: 'n1',
      pageKey: 'https://example.com/a',
      site: 'example.com',
      text: 'Glacier notes',
      tags: [],
      words: ['glacier', 'note', 'notes'],
      created: Date.UTC(2024, 0, 1),
      modified: Date.UTC(2024, 0, 1),
    });
    v3.close();
  }

  it('keeps every note findable while their word rows are written after the upgrade, then by their rows', async () => {
    const name = `crux-migration-${crypto.randomUUID()}`;
    await writeVersion3(name);
    const db = createCruxDb(name);
    expect(await readPendingWords(db)).toEqual({ highlights: ['h1', 'h2'], pageNotes: ['n1'] });
    expect(await db.highlightWords.count()).toBe(0);
    const before = await searchNotes(db, 'glacier');
    expect(before.ok && before.value.hits.map((h) => h.note.id).sort()).toEqual(['h1', 'n1']);

    expect(await catchUpWords(db)).toEqual({ ok: true, value: 3 });
    expect(await readPendingWords(db)).toEqual({ highlights: [], pageNotes: [] });
    expect(await db.highlightWords.where('words').equals('river').primaryKeys()).toEqual(['h2']);
    expect(await db.pageNoteWords.where('words').equals('glacier').primaryKeys()).toEqual(['n1']);
    const after = await searchNotes(db, 'glacier');
    expect(after.ok && after.value.hits.map((h) => h.note.id).sort()).toEqual(['h1', 'n1']);
    db.close();
  });
});
