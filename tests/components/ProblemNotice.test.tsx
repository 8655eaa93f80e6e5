// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import ProblemNotice from '@/components/ProblemNotice';
import type { PageProblem } from '@/lib/page-access';
import { problemTexts } from '@/lib/strings';

afterEach(cleanup);

const ALL_PROBLEMS = Object.keys(problemTexts) as PageProblem[];

describe('ProblemNotice', () => {
  it.each(ALL_PROBLEMS)('explains %s in an alert named by its heading', (problem) => {
    render(<ProblemNotice problem={problem} />);
    const alert = screen.getByRole('alert', { name: problemTexts[problem].title });
    expect(within(alert).getByRole('heading', { level: 1 }).textContent).toBe(problemTexts[problem].title);
    expect(alert.textContent).toContain(problemTexts[problem].body);
  });

  it('says what to do on a browser page', () => {
    render(<ProblemNotice problem="browser-page" />);
    expect(screen.getByRole('alert').textContent).toMatch(/Open an article on the web/);
  });

  it('never shows a stack trace or error name', () => {
    for (const problem of ALL_PROBLEMS) {
      const text = `${problemTexts[problem].title} ${problemTexts[problem].body}`;
      expect(text).not.toMatch(/Error|undefined|at \w+ \(|chrome:\/\//);
    }
  });

  it('offers “Try again” only when a retry is possible', () => {
    const onRetry = vi.fn();
    render(<ProblemNotice problem="unexpected" onRetry={onRetry} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    cleanup();
    render(<ProblemNotice problem="pdf" />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
