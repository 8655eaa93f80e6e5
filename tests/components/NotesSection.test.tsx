// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import NotesSection from '@/components/NotesSection';

afterEach(cleanup);

describe('NotesSection', () => {
  it('shows its empty state and a link to the notes library', () => {
    const onOpenLibrary = vi.fn();
    render(<NotesSection libraryUrl="chrome-extension://id/library.html" onOpenLibrary={onOpenLibrary} />);
    expect(screen.getByText('No notes on this page yet')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Open your notes library' });
    expect(link.getAttribute('href')).toBe('chrome-extension://id/library.html');
    fireEvent.click(link);
    expect(onOpenLibrary).toHaveBeenCalledTimes(1);
  });
});
