// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import NotArticleNotice from '@/components/NotArticleNotice';

afterEach(cleanup);

describe('NotArticleNotice', () => {
  it('says plainly the page is not an article and offers to analyse it anyway', () => {
    const onAnalyseAnyway = vi.fn();
    render(<NotArticleNotice onAnalyseAnyway={onAnalyseAnyway} />);
    const region = screen.getByRole('region', { name: 'This doesn’t look like an article' });
    fireEvent.click(within(region).getByRole('button', { name: 'Analyse anyway' }));
    expect(onAnalyseAnyway).toHaveBeenCalledTimes(1);
  });
});
