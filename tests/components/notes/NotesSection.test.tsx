// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import NotesSection, { type NotesSectionProps } from '@/components/NotesSection';
import { makeHighlight } from '@/tests/factories';
import { makePageNote, makeShown, makeSource } from './make-notes';

afterEach(cleanup);

/** Renders the section with a library link that goes nowhere. */
function Section(props: Pick<NotesSectionProps, 'source'> & Partial<NotesSectionProps>) {
  return <NotesSection libraryUrl="chrome-extension://x/library.html" onOpenLibrary={() => {}} {...props} />;
}

describe('NotesSection', () => {
  it('says how to save a highlight when the page has no notes', async () => {
    const { source } = makeSource(makeShown([]));
    render(<Section source={source} />);
    expect(await screen.findByText('No highlights or notes on this page yet')).toBeTruthy();
    expect(screen.getByText(/Select text on the page and choose Save highlight/)).toBeTruthy();
  });

  it('lists highlights in page order, then those not found with their quotes', async () => {
    const first = makeHighlight({ quote: 'First passage' });
    const gone = makeHighlight({ quote: 'Removed passage' });
    const second = makeHighlight({ quote: 'Second passage', note: 'why it matters' });
    const { source } = makeSource(makeShown([first, second, gone], [], [gone.id]));
    render(<Section source={source} />);
    const list = await screen.findByRole('list', { name: 'Highlights on this page' });
    expect(
      within(list)
        .getAllByRole('article')
        .map((a) => a.querySelector('blockquote')?.textContent),
    ).toEqual([expect.stringContaining('First passage'), expect.stringContaining('Second passage')]);
    const missing = screen.getByRole('region', { name: 'Not found on this page' });
    expect(missing.textContent).toContain('Removed passage');
    expect(within(missing).queryByRole('button', { name: 'Removed passage' })).toBeNull();
  });

  it('scrolls to a highlight, and says so when it is no longer on the page', async () => {
    const h = makeHighlight({ quote: 'Click me' });
    const { source, calls } = makeSource(makeShown([h]), { fail: { reveal: 'x' } });
    render(<Section source={source} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Click me' }));
    expect(calls).toContain(`reveal ${h.id}`);
    expect((await screen.findByRole('alert')).textContent).toBe('This highlight is not on the page as it is now.');
  });

  it('changes a highlight’s colour', async () => {
    const h = makeHighlight();
    const { source, calls } = makeSource(makeShown([h]));
    render(<Section source={source} />);
    fireEvent.change(await screen.findByRole('combobox', { name: 'Colour' }), { target: { value: 'disagree' } });
    expect(await screen.findByRole('article', { name: 'Highlight: Disagreement' })).toBeTruthy();
    expect(calls).toContain(`updateHighlight ${h.id} {"colour":"disagree"}`);
  });

  it('deletes a highlight and puts it back in its place on Undo', async () => {
    const a = makeHighlight({ quote: 'Alpha' });
    const b = makeHighlight({ quote: 'Beta' });
    const { source, calls } = makeSource(makeShown([a, b]));
    render(<Section source={source} />);
    const card = (await screen.findByRole('button', { name: 'Alpha' })).closest('article') as HTMLElement;
    fireEvent.click(within(card).getByRole('button', { name: 'Delete' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Highlight deleted.');
    expect(screen.queryByRole('button', { name: 'Alpha' })).toBeNull();
    fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(screen.getAllByRole('article').map((x) => x.querySelector('blockquote')?.textContent)).toEqual([
        expect.stringContaining('Alpha'),
        expect.stringContaining('Beta'),
      ]),
    );
    expect(calls).toEqual(expect.arrayContaining([`deleteHighlight ${a.id}`, `restoreHighlight ${a.id}`]));
  });

  it('keeps a highlight and says why when deleting fails', async () => {
    const h = makeHighlight({ quote: 'Stays' });
    const { source } = makeSource(makeShown([h]), {
      fail: { deleteHighlight: 'Something interrupted Crux, so this highlight was not deleted.' },
    });
    render(<Section source={source} />);
    await screen.findByRole('button', { name: 'Stays' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect((await screen.findByRole('alert')).textContent).toContain('was not deleted');
    expect(screen.getByRole('button', { name: 'Stays' })).toBeTruthy();
  });

  it('adds a page note, with #tags, and lists it', async () => {
    const { source, calls } = makeSource(makeShown([], [makePageNote({ text: 'Earlier note' })]));
    render(<Section source={source} />);
    const field = await screen.findByRole('textbox', { name: 'Add a note about this page' });
    fireEvent.input(field, { target: { value: 'Follow up with the council #todo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    const notes = await screen.findByRole('list', { name: 'Notes about this page' });
    await waitFor(() => expect(within(notes).getAllByRole('article')).toHaveLength(2));
    expect(calls).toContain('addPageNote Follow up with the council #todo todo');
    expect((field as HTMLTextAreaElement).value).toBe('');
  });

  it('keeps a page note that could not be saved in the field, and says why', async () => {
    const { source } = makeSource(makeShown([]), {
      fail: { addPageNote: 'Your disk is full, so this note was not saved.' },
    });
    render(<Section source={source} />);
    const field = await screen.findByRole('textbox', { name: 'Add a note about this page' });
    fireEvent.input(field, { target: { value: 'precious' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Your disk is full, so this note was not saved.');
    expect((field as HTMLTextAreaElement).value).toBe('precious');
  });

  it('deletes a page note with undo', async () => {
    const n = makePageNote({ text: 'Page thought' });
    const { source, calls } = makeSource(makeShown([], [n]));
    render(<Section source={source} />);
    await screen.findByText('Page thought');
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(await screen.findByRole('status')).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Page thought')).toBeTruthy();
    expect(calls).toEqual(expect.arrayContaining([`deletePageNote ${n.id}`, `restorePageNote ${n.id}`]));
  });

  it('offers auto-show only on web pages', async () => {
    const shown = makeShown([]);
    const { source } = makeSource({ ...shown, page: { url: 'file:///home/reader/story.html', title: '' } });
    render(<Section source={source} />);
    await screen.findByText('No highlights or notes on this page yet');
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('turns auto-show on for the site and off again', async () => {
    const { source, calls } = makeSource(makeShown([]));
    render(<Section source={source} />);
    const toggle = await screen.findByRole('switch', { name: 'Show my highlights automatically on news.example' });
    await waitFor(() => expect((toggle as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(toggle);
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(true));
    fireEvent.click(toggle);
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(false));
    expect(calls.filter((c) => c.startsWith('setAutoShow'))).toEqual(['setAutoShow true', 'setAutoShow false']);
  });

  it('says why auto-show stayed off when access was refused', async () => {
    const { source } = makeSource(makeShown([]), { fail: { setAutoShow: 'Crux didn’t get access to news.example.' } });
    render(<Section source={source} />);
    const toggle = await screen.findByRole('switch');
    await waitFor(() => expect((toggle as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(toggle);
    expect((await screen.findByRole('alert')).textContent).toBe('Crux didn’t get access to news.example.');
    expect((toggle as HTMLInputElement).checked).toBe(false);
  });

  it('opens the notes library from its link', async () => {
    const onOpenLibrary = vi.fn();
    render(<Section source={makeSource(makeShown([])).source} onOpenLibrary={onOpenLibrary} />);
    const link = await screen.findByRole('link', { name: 'Open your notes library' });
    expect(link.getAttribute('href')).toBe('chrome-extension://x/library.html');
    fireEvent.click(link);
    expect(onOpenLibrary).toHaveBeenCalledOnce();
  });

  it('shows a loading failure as an alert with a way to try again', async () => {
    const { source, calls } = makeSource(makeShown([]), { fail: { load: 'Your highlights were not loaded.' } });
    render(<Section source={source} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Your highlights were not loaded.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(calls.filter((c) => c === 'load')).toHaveLength(2));
  });
});
