// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import NoteCard from '@/components/NoteCard';

afterEach(cleanup);

const noop = () => {};

describe('NoteCard', () => {
  it('shows a highlight’s quote, note and tags, named by its colour’s meaning', () => {
    render(
      <NoteCard
        kind="highlight"
        quote="The wall will cost £4m"
        colour="evidence"
        note="Council figure"
        tags={['budget']}
        onSave={async () => null}
        onColour={noop}
        onDelete={noop}
        onReveal={noop}
      />,
    );
    const card = screen.getByRole('article', { name: 'Highlight: Evidence' });
    expect(within(card).getByRole('button', { name: 'The wall will cost £4m' })).toBeTruthy();
    expect(card.textContent).toContain('Council figure');
    expect(within(card).getByRole('list', { name: 'Tags' }).textContent).toBe('#budget');
    expect((within(card).getByRole('combobox', { name: 'Colour' }) as HTMLSelectElement).value).toBe('evidence');
  });

  it('shows a mark (the library’s not-found) and keeps the quote a button with the given hint', () => {
    const onReveal = vi.fn();
    render(
      <NoteCard
        kind="highlight"
        quote="Moved passage"
        colour="key"
        note=""
        tags={[]}
        mark="Not found on its page last time"
        revealHint="Open the page at this highlight"
        onSave={async () => null}
        onDelete={noop}
        onReveal={onReveal}
      />,
    );
    const card = screen.getByRole('article', { name: 'Highlight: Key point' });
    expect(within(card).getByText('Not found on its page last time')).toBeTruthy();
    const quote = within(card).getByRole('button', { name: 'Moved passage' });
    expect(
      quote.getAttribute('aria-describedby') &&
        document.getElementById(quote.getAttribute('aria-describedby')!)?.textContent,
    ).toBe('Open the page at this highlight');
    fireEvent.click(quote);
    expect(onReveal).toHaveBeenCalledOnce();
  });

  it('scrolls to the highlight when its quote is clicked', () => {
    const onReveal = vi.fn();
    render(
      <NoteCard
        kind="highlight"
        quote="A passage"
        colour="key"
        note=""
        tags={[]}
        onSave={async () => null}
        onDelete={noop}
        onReveal={onReveal}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'A passage' }));
    expect(onReveal).toHaveBeenCalledOnce();
  });

  it('shows a highlight not found on the page as text, not as a button', () => {
    render(
      <NoteCard
        kind="highlight"
        quote="Gone passage"
        colour="key"
        note=""
        tags={[]}
        notFound
        onSave={async () => null}
        onDelete={noop}
        onReveal={noop}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Gone passage' })).toBeNull();
    expect(screen.getByRole('article').textContent).toContain('Gone passage');
  });

  it('changes the colour', () => {
    const onColour = vi.fn();
    render(
      <NoteCard
        kind="highlight"
        quote="q"
        colour="key"
        note=""
        tags={[]}
        onSave={async () => null}
        onColour={onColour}
        onDelete={noop}
      />,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Colour' }), { target: { value: 'question' } });
    expect(onColour).toHaveBeenCalledWith('question');
  });

  it('edits the note and tags inline; #tags in the note count', async () => {
    const onSave = vi.fn(async () => null);
    render(
      <NoteCard kind="highlight" quote="q" colour="key" note="old" tags={['a']} onSave={onSave} onDelete={noop} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'new note #later' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Tags' }), { target: { value: 'a, b' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull());
    expect(onSave).toHaveBeenCalledWith('new note #later', ['a', 'b', 'later']);
  });

  it('saves with Ctrl+Enter and cancels with Escape', async () => {
    const onSave = vi.fn(async () => null);
    render(<NoteCard kind="page-note" note="text" tags={[]} onSave={onSave} onDelete={noop} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Note' }), { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Note' }), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('text', []));
  });

  it('returns focus to the Edit button when the editor closes, so keyboard users keep their place', async () => {
    render(<NoteCard kind="page-note" note="text" tags={[]} onSave={async () => null} onDelete={noop} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Note' }), { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' })));
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' })));
  });

  it('keeps the editor and what was typed when saving fails, and says why', async () => {
    render(
      <NoteCard
        kind="page-note"
        note=""
        tags={[]}
        onSave={async () => 'Your disk is full, so this change was not saved.'}
        onDelete={noop}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'keep me' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Your disk is full, so this change was not saved.');
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('keep me');
  });

  it('deletes', () => {
    const onDelete = vi.fn();
    render(<NoteCard kind="page-note" note="n" tags={[]} onSave={async () => null} onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledOnce();
  });
});
