// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import LoadingSkeleton from '@/components/LoadingSkeleton';

afterEach(cleanup);

describe('LoadingSkeleton', () => {
  it('is a busy status named for what is happening', () => {
    render(<LoadingSkeleton />);
    const status = screen.getByRole('status', { name: 'Reading the page…' });
    expect(status.getAttribute('aria-busy')).toBe('true');
  });
});
