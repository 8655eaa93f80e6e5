// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import App, { type AppProps } from '@/entrypoints/popup/App';
import type { LoadedPage } from '@/entrypoints/popup/load-article';
import type { Analysis } from '@/lib/analysis/analyze';
import type { PageProblem } from '@/lib/page-access';
import { err, ok, type Result } from '@/lib/result';
import { makeArticle } from '@/tests/factories';
import { makeAnalysis, makeSentenceArticle, SENTENCES } from '@/tests/components/make-analysis';
import { deferred, loadedSource, makeSource } from './fake-source';
import { makeShown, makeSource as makeNotesSource } from '@/tests/components/notes/make-notes';
import { makeHighlight } from '@/tests/factories';

/** A notes source for a page without notes. */
const noNotes = () => makeNotesSource(makeShown([])).source;

afterEach(cleanup);

/** Renders the App with inert browser actions unless given. */
function renderApp(props: Partial<AppProps> & Pick<AppProps, 'source'>) {
  const copyText = vi.fn(async (_text: string) => {});
  const openLibrary = vi.fn();
  render(
    <App
      notes={noNotes()}
      copyText={copyText}
      openLibrary={openLibrary}
      libraryUrl="chrome-extension://x/library.html"
      {...props}
    />,
  );
  return { copyText, openLibrary };
}

/** The summary's sentence buttons. */
function summaryButtons() {
  return within(screen.getByRole('list', { name: 'Summary sentences' })).getAllByRole('button');
}

describe('popup App: reading the page', () => {
  it('shows a busy skeleton while the page is read, the header when it is, then the summary once analysed', async () => {
    const load = deferred<Result<LoadedPage, PageProblem>>();
    const analysis = deferred<Analysis>();
    const article = makeSentenceArticle();
    render(
      <App
        source={makeSource({ load: () => load.promise, analyse: () => analysis.promise })}
        notes={noNotes()}
        copyText={async () => {}}
        openLibrary={() => {}}
        libraryUrl=""
      />,
    );
    expect(screen.getByRole('status', { name: 'Reading the page…' }).getAttribute('aria-busy')).toBe('true');

    load.resolve(ok({ article, analysis: null, fromCache: false }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Harbour wall row splits Port Ellery' })).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Analysing the article…' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByRole('tablist')).toBeNull();

    analysis.resolve(makeAnalysis());
    await screen.findByRole('list', { name: 'Summary sentences' });
    expect(summaryButtons().map((b) => b.textContent)).toEqual(SENTENCES.slice(0, 3));
    expect(screen.queryByRole('status', { name: 'Analysing the article…' })).toBeNull();
  });

  it('shows a cached analysis at once, without analysing again', async () => {
    const source = loadedSource(makeSentenceArticle(), makeAnalysis());
    renderApp({ source });
    await screen.findByRole('list', { name: 'Summary sentences' });
    expect(source.analyses).toBe(0);
  });

  it('records when the header and the summary are shown', async () => {
    const mark = vi.fn();
    renderApp({ source: loadedSource(makeSentenceArticle(), makeAnalysis()), mark });
    await screen.findByRole('list', { name: 'Summary sentences' });
    expect(mark).toHaveBeenCalledWith('crux:header-shown');
    expect(mark).toHaveBeenCalledWith('crux:summary-shown');
  });

  it('says a page is not an article, and analyses it after “Analyse anyway”', async () => {
    const source = loadedSource(makeSentenceArticle({ readable: false, title: 'Rain jackets' }), null, {
      analyse: async () => makeAnalysis(),
    });
    renderApp({ source });
    const region = await screen.findByRole('region', { name: 'This doesn’t look like an article' });
    expect(screen.queryByRole('heading', { name: 'Rain jackets' })).toBeNull();
    expect(source.analyses).toBe(0);
    fireEvent.click(within(region).getByRole('button', { name: 'Analyse anyway' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Rain jackets' })).toBeTruthy();
    await screen.findByRole('list', { name: 'Summary sentences' });
    expect(source.analyses).toBe(1);
  });

  it('counts this page’s notes on the Notes tab once they are loaded', async () => {
    const notes = makeNotesSource(
      makeShown([makeHighlight({ quote: 'First' }), makeHighlight({ quote: 'Second' })]),
    ).source;
    renderApp({ source: loadedSource(makeSentenceArticle(), makeAnalysis()), notes });
    await waitFor(() => expect(screen.getByRole('tab', { name: /Notes/ }).textContent).toBe('Notes2'));
  });

  it('lists this page’s highlights on a page that is not an article, without analysing it', async () => {
    const source = loadedSource(makeSentenceArticle({ readable: false, title: 'Rain jackets' }), null);
    const notes = makeNotesSource(
      makeShown([makeHighlight({ quote: 'Seam-sealed hood', note: 'compare prices' })]),
    ).source;
    renderApp({ source, notes });
    await screen.findByRole('region', { name: 'This doesn’t look like an article' });
    const list = await screen.findByRole('list', { name: 'Highlights on this page' });
    expect(list.textContent).toContain('Seam-sealed hood');
    expect(list.textContent).toContain('compare prices');
    expect(source.analyses).toBe(0);
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
    renderApp({ source: makeSource({ load: async () => err(problem) }) });
    expect((await screen.findByRole('alert')).textContent).toMatch(sentence);
  });

  it('turns a failing loader into a sentence a person understands, and retries on request', async () => {
    const load = vi
      .fn<() => Promise<Result<LoadedPage, PageProblem>>>()
      .mockRejectedValueOnce(new TypeError('Cannot read properties of undefined (reading "id")'))
      .mockResolvedValueOnce(ok({ article: makeArticle(), analysis: makeAnalysis(), fromCache: true }));
    renderApp({ source: makeSource({ load }) });
    const alert = await screen.findByRole('alert', { name: 'Something went wrong' });
    expect(alert.textContent).not.toMatch(/TypeError|undefined/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Harbour wall row splits Port Ellery' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps the header when the analysis fails, says so, and analyses again on request', async () => {
    const analyse = vi
      .fn<() => Promise<Analysis>>()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce(makeAnalysis());
    renderApp({ source: loadedSource(makeSentenceArticle(), null, { analyse }) });
    const alert = await screen.findByRole('alert', { name: 'Crux couldn’t analyse this article' });
    expect(alert.textContent).not.toMatch(/connection|Receiving/);
    expect(screen.getByRole('heading', { level: 1, name: 'Harbour wall row splits Port Ellery' })).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('list', { name: 'Summary sentences' });
    expect(analyse).toHaveBeenCalledTimes(2);
  });

  it('says there is nothing to summarise on a very short page', async () => {
    renderApp({
      source: loadedSource(makeSentenceArticle(), makeAnalysis({ sentences: [], summary: [], stickingPoints: [] })),
    });
    expect(await screen.findByText('Nothing to summarise')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Longer' })).toBeNull();
  });

  it('renders page text as text, never as HTML', async () => {
    const title = '<img src=x onerror=alert(1)> Harbour';
    renderApp({ source: loadedSource(makeSentenceArticle({ title }), makeAnalysis()) });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(title);
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('popup App: sections', () => {
  it('moves between Summary, Sticking points and Notes as tabs, with the arrow keys too', async () => {
    renderApp({ source: loadedSource(makeSentenceArticle(), makeAnalysis()) });
    const tablist = await screen.findByRole('tablist', { name: 'Sections' });
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Summary', 'Sticking points1', 'Notes']);
    expect(screen.getByRole('tabpanel', { name: 'Summary' })).toBeTruthy();

    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: /Sticking points/ }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: /Sticking points/ }));
    expect(screen.getByRole('article', { name: 'Width of the harbour mouth' })).toBeTruthy();

    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    const notes = screen.getByRole('tabpanel', { name: 'Notes' });
    expect(await within(notes).findByText('No highlights or notes on this page yet')).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Summary' }).getAttribute('aria-selected')).toBe('true');
    // Only the open panel is shown; the others are hidden from everyone.
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
  });

  it('takes the reader to a sentence: sends the sentence with its context to the page', async () => {
    const source = loadedSource(makeSentenceArticle(), makeAnalysis());
    renderApp({ source });
    await screen.findByRole('list', { name: 'Summary sentences' });
    const second = summaryButtons()[1]!;
    expect(second.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(second.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Show this sentence on the page',
    );
    fireEvent.click(second);
    await vi.waitFor(() => expect(source.reveals).toHaveLength(1));
    // 32 characters of article text each side, as in the article (the page collapses their white space to compare).
    expect(source.reveals[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: SENTENCES[1],
      prefix: 'cil voted on the harbour wall.\n\n',
      suffix: '\n\nEngineers measured storm surge',
    });
  });

  it('says when a sentence is no longer on the page, and marks it', async () => {
    renderApp({ source: loadedSource(makeSentenceArticle(), makeAnalysis(), { reveal: async () => false }) });
    await screen.findByRole('list', { name: 'Summary sentences' });
    fireEvent.click(summaryButtons()[0]!);
    await vi.waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('This sentence is no longer on the page.'),
    );
    expect(summaryButtons()[0]!.textContent).toContain('no longer on the page');
  });

  it('reveals evidence sentences from a sticking point card', async () => {
    const source = loadedSource(makeSentenceArticle(), makeAnalysis());
    renderApp({ source });
    fireEvent.click(await screen.findByRole('tab', { name: /Sticking points/ }));
    const card = screen.getByRole('article', { name: 'Width of the harbour mouth' });
    fireEvent.click(within(card).getByRole('button', { name: SENTENCES[7] }));
    await vi.waitFor(() => expect(source.reveals.map((r) => r.exact)).toEqual([SENTENCES[7]]));
  });

  it('copies the summary as plain text and as Markdown with the page link, and says so', async () => {
    const { copyText } = renderApp({ source: loadedSource(makeSentenceArticle(), makeAnalysis()) });
    fireEvent.click(await screen.findByRole('button', { name: 'Copy text' }));
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied'));
    expect(copyText).toHaveBeenLastCalledWith(
      [
        'Harbour wall row splits Port Ellery',
        '',
        ...SENTENCES.slice(0, 3),
        '',
        'https://courier.example/harbour-wall',
      ].join('\n'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    await vi.waitFor(() => expect(copyText).toHaveBeenCalledTimes(2));
    expect(copyText).toHaveBeenLastCalledWith(
      [
        '[Harbour wall row splits Port Ellery](https://courier.example/harbour-wall)',
        '',
        ...SENTENCES.slice(0, 3).map((s) => `- ${s}`),
      ].join('\n'),
    );
  });

  it('says so when the clipboard refuses', async () => {
    renderApp({
      source: loadedSource(makeSentenceArticle(), makeAnalysis()),
      copyText: async () => {
        throw new DOMException('Document is not focused.', 'NotAllowedError');
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Copy text' }));
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Couldn’t copy/));
  });

  it('opens the notes library from the Notes section', async () => {
    const { openLibrary } = renderApp({ source: loadedSource(makeSentenceArticle(), makeAnalysis()) });
    fireEvent.click(await screen.findByRole('tab', { name: 'Notes' }));
    const link = await screen.findByRole('link', { name: 'Open your notes library' });
    expect(link.getAttribute('href')).toBe('chrome-extension://x/library.html');
    fireEvent.click(link);
    expect(openLibrary).toHaveBeenCalledTimes(1);
  });
});
