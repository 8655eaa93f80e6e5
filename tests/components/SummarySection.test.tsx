// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import SummarySection, { LONGEST_SUMMARY, type SummarySectionProps } from '@/components/SummarySection';
import { makeAnalysis, SENTENCES } from './make-analysis';

afterEach(cleanup);

function renderSummary(props: Partial<SummarySectionProps> = {}) {
  const onReveal = vi.fn();
  render(
    <SummarySection
      sentences={makeAnalysis().sentences}
      initialLength={3}
      title="Harbour wall"
      url="https://courier.example/a"
      onReveal={onReveal}
      missing={new Set()}
      onCopy={() => {}}
      hintId="hint"
      {...props}
    />,
  );
  return { onReveal };
}

const sentences = () => within(screen.getByRole('list', { name: 'Summary sentences' })).getAllByRole('button');
const control = () => screen.getByRole('group', { name: 'Summary length' });

describe('SummarySection', () => {
  it('lists the summary sentences in article order, each a button that reveals it', () => {
    const { onReveal } = renderSummary();
    expect(sentences().map((b) => b.textContent)).toEqual(SENTENCES.slice(0, 3));
    fireEvent.click(sentences()[2]!);
    expect(onReveal).toHaveBeenCalledWith(expect.objectContaining({ index: 2, text: SENTENCES[2] }));
  });

  it('makes the summary longer and shorter one sentence at a time, and says how long it is', () => {
    renderSummary();
    fireEvent.click(within(control()).getByRole('button', { name: 'Longer' }));
    expect(sentences()).toHaveLength(4);
    expect(control().textContent).toContain('4 sentences');
    fireEvent.click(within(control()).getByRole('button', { name: 'Shorter' }));
    fireEvent.click(within(control()).getByRole('button', { name: 'Shorter' }));
    expect(sentences().map((b) => b.textContent)).toEqual(SENTENCES.slice(0, 2));
  });

  it('stops at one sentence: “Shorter” is disabled there', () => {
    renderSummary({ initialLength: 2 });
    const shorter = within(control()).getByRole('button', { name: 'Shorter' }) as HTMLButtonElement;
    fireEvent.click(shorter);
    expect(sentences()).toHaveLength(1);
    expect(control().textContent).toContain('1 sentence');
    expect(shorter.disabled).toBe(true);
    fireEvent.click(shorter);
    expect(sentences()).toHaveLength(1);
  });

  it('stops when the article has no more sentences to offer: “Longer” is disabled there', () => {
    renderSummary({ initialLength: SENTENCES.length - 1 });
    const longer = within(control()).getByRole('button', { name: 'Longer' }) as HTMLButtonElement;
    expect(longer.disabled).toBe(false);
    fireEvent.click(longer);
    expect(sentences()).toHaveLength(SENTENCES.length);
    expect(longer.disabled).toBe(true);
  });

  it(`offers at most ${LONGEST_SUMMARY} sentences, however long the article`, () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      index: i,
      blockIndex: i,
      start: i * 10,
      end: i * 10 + 9,
      text: `Sentence ${i}.`,
      score: 1 - i / 100,
      eligible: true,
      terms: [`t${i}`],
    }));
    renderSummary({ sentences: many, initialLength: 50 });
    expect(sentences()).toHaveLength(LONGEST_SUMMARY);
    expect((within(control()).getByRole('button', { name: 'Longer' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('marks a sentence that was not found on the page', () => {
    renderSummary({ missing: new Set([1]) });
    expect(sentences()[1]!.textContent).toContain('This sentence is no longer on the page.');
    expect(sentences()[0]!.textContent).not.toContain('no longer');
  });

  it('copies the sentences shown, at the current length', () => {
    const onCopy = vi.fn();
    renderSummary({ onCopy, initialLength: 2 });
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(onCopy).toHaveBeenCalledWith(
      `[Harbour wall](https://courier.example/a)\n\n- ${SENTENCES[0]}\n- ${SENTENCES[1]}`,
    );
  });

  it('says there is nothing to summarise when no sentence can be chosen', () => {
    renderSummary({ sentences: [] });
    expect(screen.getByText('Nothing to summarise')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Summary length' })).toBeNull();
  });
});
