// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import StickingPointsSection from '@/components/StickingPointsSection';
import { makeStickingPoint, SENTENCES } from './make-analysis';

afterEach(cleanup);

describe('StickingPointsSection', () => {
  it('shows each sticking point as a card: label as heading, who stands where, and its evidence', () => {
    const onReveal = vi.fn();
    const points = [makeStickingPoint(), makeStickingPoint({ label: 'Cost of the barrier', positions: [] })];
    render(
      <StickingPointsSection
        analysis={{ stickingPoints: points, lang: 'en' }}
        onReveal={onReveal}
        missing={new Set()}
        hintId="h"
      />,
    );
    const list = screen.getByRole('list', { name: 'Sticking points' });
    const cards = within(list).getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Width of the harbour mouth',
      'Cost of the barrier',
    ]);

    const card = screen.getByRole('article', { name: 'Width of the harbour mouth' });
    expect(within(card).getByText('Who stands where')).toBeTruthy();
    expect(
      within(card)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual(['Council', 'Fishers']);
    expect(
      within(card)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(['a narrower mouth', 'room for the larger boats']);

    const evidence = within(card).getByRole('list', { name: 'From the article' });
    fireEvent.click(within(evidence).getByRole('button', { name: SENTENCES[7] }));
    expect(onReveal).toHaveBeenCalledWith({ text: SENTENCES[7], index: 7 });

    // A point without positions shows no empty "who stands where".
    const cost = screen.getByRole('article', { name: 'Cost of the barrier' });
    expect(within(cost).queryByRole('term')).toBeNull();
    expect(within(cost).queryByText('Who stands where')).toBeNull();
  });

  it('says plainly when no open dispute was found', () => {
    render(
      <StickingPointsSection
        analysis={{ stickingPoints: [], lang: 'en' }}
        onReveal={() => {}}
        missing={new Set()}
        hintId="h"
      />,
    );
    expect(screen.getByText('No open disputes found in this article')).toBeTruthy();
    expect(screen.queryByText(/English only/)).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('gives the reason when the article is in a language Crux does not cover', () => {
    render(
      <StickingPointsSection
        analysis={{ stickingPoints: [], stickingPointsReason: 'language', lang: 'de' }}
        onReveal={() => {}}
        missing={new Set()}
        hintId="h"
      />,
    );
    expect(screen.getByText('No open disputes found in this article')).toBeTruthy();
    expect(
      screen.getByText('Crux looks for sticking points in English only so far; this article is in German.'),
    ).toBeTruthy();
  });
});
