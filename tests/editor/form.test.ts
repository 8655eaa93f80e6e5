// @vitest-environment happy-dom
/**
 * The note editor's form, as its frame shows it: colour, note and tags, saved by the reader's Ctrl+Enter or click,
 * cancelled by Esc. happy-dom's dispatched events are never trusted, like a script's: the tests that play the reader
 * stand in for the trust check, and the real check is shown to refuse every scripted way to save.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorForm, type HighlightDraft } from '@/entrypoints/editor/form';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Opens the form with a trust check (`() => true` plays the reader). */
function openForm(isTrusted: (event: Event) => boolean = () => true) {
  const drafts: HighlightDraft[] = [];
  const cancelled: boolean[] = [];
  let reply: string | null = null;
  const { form, note } = createEditorForm(
    document,
    {
      onSave: async (draft) => {
        drafts.push(draft);
        return reply;
      },
      onColour: () => {},
      onCancel: () => cancelled.push(true),
    },
    { isTrusted },
  );
  document.body.append(form);
  const ctrlEnter = () =>
    note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
  const saveButton = () => [...form.querySelectorAll('button')].find((b) => b.textContent === 'Save')!;
  return { form, note, drafts, cancelled, ctrlEnter, saveButton, failNext: (message: string) => (reply = message) };
}

describe('the note editor’s form', () => {
  it('is a dialog named for what it does, with the named colours as a radio group, the first checked', () => {
    const { form } = openForm();
    expect(form.getAttribute('role')).toBe('dialog');
    expect(document.getElementById(form.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Save a highlight to Crux',
    );
    const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([
      'Key point',
      'Evidence',
      'Question',
      'Disagreement',
    ]);
    expect(radios.filter((r) => r.checked).map((r) => r.value)).toEqual(['key']);
  });

  it('saves colour, note and tags (the field’s and the note’s #tags) on Ctrl+Enter', async () => {
    const { form, note, drafts, ctrlEnter } = openForm();
    form.querySelector<HTMLInputElement>('input[value="question"]')!.click();
    note.value = 'Is this figure right? #check';
    form.querySelector<HTMLInputElement>('input[type="text"]')!.value = 'budget, council';
    ctrlEnter();
    await expect.poll(() => drafts.length).toBe(1);
    expect(drafts[0]).toEqual({
      colour: 'question',
      note: 'Is this figure right? #check',
      tags: ['budget', 'council', 'check'],
    });
  });

  it('keeps the form open and shows the failure sentence when saving fails', async () => {
    const { form, saveButton, failNext } = openForm();
    failNext('Your disk is full, so this highlight was not saved.');
    saveButton().click();
    await expect
      .poll(() => form.querySelector('[role="alert"]:not([hidden])')?.textContent)
      .toBe('Your disk is full, so this highlight was not saved.');
  });

  it('cancels on Escape', () => {
    const { note, cancelled } = openForm();
    note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cancelled).toEqual([true]);
  });

  it('saves nothing a script asks for: a scripted click, Ctrl+Enter, submit or requestSubmit', async () => {
    const { form, note, drafts, cancelled, ctrlEnter, saveButton } = openForm((event) => event.isTrusted);
    note.value = 'WRITTEN BY THE PAGE';
    saveButton().click();
    ctrlEnter();
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    form.requestSubmit();
    note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drafts).toEqual([]);
    expect(cancelled).toEqual([]);
  });
});
