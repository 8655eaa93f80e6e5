/**
 * Factories for export tests: records as the store keeps them (quote from the selector, normalised tags, word
 * index, page key and site from the URL), so a test states only what it is about.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportData } from '@/lib/db/export-query';
import type { CruxDb } from '@/lib/db/schema';
import type { Highlight, PageNote, PageRecord } from '@/lib/db/types';
import { indexWords, normalizeTags } from '@/lib/db/words';
import { normalizePageUrl, siteOf } from '@/lib/url/normalize';
import { ARTICLE_URL, MAY_FIRST } from '@/tests/factories';

/** What a test says about a page note. */
export interface PageNoteSpec {
  /** Id (default: a random UUID). */
  id?: string;
  /** Page key (default: the tide-pools article's). */
  pageKey?: string;
  /** The note. */
  text?: string;
  /** Tags. */
  tags?: string[];
  /** Creation time. */
  created?: number;
  /** Last change (default: created). */
  modified?: number;
  /** Deletion time. */
  deletedAt?: number;
}

/** A page note record as the store keeps it. */
export function makePageNote(spec: PageNoteSpec = {}): PageNote {
  const pageKey = spec.pageKey ?? normalizePageUrl(ARTICLE_URL).key;
  const text = spec.text ?? 'Worth rereading before the field trip.';
  const tags = normalizeTags(spec.tags ?? []);
  const created = spec.created ?? MAY_FIRST;
  return {
    id: spec.id ?? crypto.randomUUID(),
    pageKey,
    site: siteOf(pageKey),
    text,
    tags,
    words: indexWords(text, tags.join(' ')),
    created,
    modified: spec.modified ?? created,
    ...(spec.deletedAt !== undefined ? { deletedAt: spec.deletedAt } : {}),
  };
}

/** A page record for a key. */
export function makePageRecord(key: string, title: string, overrides: Partial<PageRecord> = {}): PageRecord {
  return {
    key,
    site: siteOf(key),
    title,
    urls: [key],
    firstSeen: MAY_FIRST,
    lastSeen: MAY_FIRST,
    words: indexWords(title),
    ...overrides,
  };
}

/** Export data for some notes, with a page record (titled from `titles`, else "Untitled") for each page key. */
export function makeExportData(
  highlights: Highlight[],
  pageNotes: PageNote[] = [],
  titles: Record<string, string> = {},
): ExportData {
  const keys = [...new Set([...highlights, ...pageNotes].map((n) => n.pageKey))].sort();
  return { pages: keys.map((key) => makePageRecord(key, titles[key] ?? 'Untitled')), highlights, pageNotes };
}

/** Everything in a database, sorted, to compare before and after. */
export async function snapshot(
  db: CruxDb,
): Promise<{ pages: PageRecord[]; highlights: Highlight[]; pageNotes: PageNote[] }> {
  return {
    pages: await db.pages.orderBy('key').toArray(),
    highlights: await db.highlights.orderBy('id').toArray(),
    pageNotes: await db.pageNotes.orderBy('id').toArray(),
  };
}

/** The folder of export fixtures. */
const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'export');

/** The text of an export fixture file. */
export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The fixed set of notes the Markdown and JSON fixtures are made from (`notes.json`). */
export function readFixedNotes(): ExportData {
  return JSON.parse(readFixture('notes.json')) as ExportData;
}

/** The export time of the fixtures: 2 January 2025, 03:04:05 UTC. */
export const FIXTURE_NOW = Date.UTC(2025, 0, 2, 3, 4, 5);

/** The collection id of the fixtures' export (a random UUID otherwise). */
export const FIXTURE_COLLECTION_ID = 'c0ffee00-1d2e-4f3a-8b4c-5d6e7f809102';
