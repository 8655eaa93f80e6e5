/** Factories for the Notes components' tests: page notes and a fake source that records calls (highlights: `tests/factories`). */
import type { NotesFailure, NotesSource } from '@/components/NotesSection';
import type { Highlight, PageNote } from '@/lib/db/types';
import type { ShownHighlights } from '@/lib/messaging/protocol';
import { err, ok, type Result } from '@/lib/result';

let serial = 0;

/** A page note with sensible defaults. */
export function makePageNote(overrides: Partial<PageNote> = {}): PageNote {
  serial++;
  return {
    id: `n${serial}`,
    pageKey: 'https://news.example/story',
    site: 'news.example',
    text: `Note ${serial}`,
    tags: [],
    words: [],
    created: serial,
    modified: serial,
    ...overrides,
  };
}

/** What the page shows, from highlights (placed unless listed in `notFound`) and notes. */
export function makeShown(highlights: Highlight[], notes: PageNote[] = [], notFound: string[] = []): ShownHighlights {
  return {
    pageKey: 'https://news.example/story',
    page: { url: 'https://news.example/story', title: 'Story' },
    highlights,
    notes,
    placement: { placed: highlights.map((h) => h.id).filter((id) => !notFound.includes(id)), notFound },
  };
}

/** A fake source over in-memory lists; `fail` makes the named operation fail with a sentence. */
export function makeSource(
  shown: ShownHighlights,
  options: { fail?: Partial<Record<keyof NotesSource, string>>; autoShow?: boolean } = {},
) {
  const calls: string[] = [];
  let autoShow = options.autoShow ?? false;
  const highlights = new Map(shown.highlights.map((h) => [h.id, h]));
  const notes = new Map(shown.notes.map((n) => [n.id, n]));
  const result = <T>(name: keyof NotesSource, value: () => T): Promise<Result<T, NotesFailure>> => {
    const failure = options.fail?.[name];
    return Promise.resolve(failure ? err({ message: failure }) : ok(value()));
  };
  const source: NotesSource = {
    load: () => {
      calls.push('load');
      return result('load', () => shown);
    },
    updateHighlight: (id, changes) => {
      calls.push(`updateHighlight ${id} ${JSON.stringify(changes)}`);
      return result('updateHighlight', () => ({ ...highlights.get(id)!, ...changes }));
    },
    deleteHighlight: (id) => {
      calls.push(`deleteHighlight ${id}`);
      return result('deleteHighlight', () => highlights.get(id)!);
    },
    restoreHighlight: (id) => {
      calls.push(`restoreHighlight ${id}`);
      return result('restoreHighlight', () => highlights.get(id)!);
    },
    addPageNote: (text, tags) => {
      calls.push(`addPageNote ${text} ${tags.join(',')}`);
      return result('addPageNote', () => makePageNote({ text, tags }));
    },
    updatePageNote: (id, changes) => {
      calls.push(`updatePageNote ${id}`);
      return result('updatePageNote', () => ({ ...notes.get(id)!, ...changes }));
    },
    deletePageNote: (id) => {
      calls.push(`deletePageNote ${id}`);
      return result('deletePageNote', () => notes.get(id)!);
    },
    restorePageNote: (id) => {
      calls.push(`restorePageNote ${id}`);
      return result('restorePageNote', () => notes.get(id)!);
    },
    reveal: async (highlight) => {
      calls.push(`reveal ${highlight.id}`);
      return !options.fail?.reveal;
    },
    getAutoShow: () => result('getAutoShow', () => autoShow),
    setAutoShow: (_site, enabled) => {
      calls.push(`setAutoShow ${enabled}`);
      return result('setAutoShow', () => (autoShow = enabled));
    },
  };
  return { source, calls };
}
