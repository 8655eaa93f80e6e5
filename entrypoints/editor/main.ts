/**
 * The note editor's frame: an extension page the content script shows over the page the reader is on
 * (`web_accessible_resources`, wxt.config.ts). Being another origin, it keeps what the reader types, the keys they
 * press and the Save button out of the page's reach. It talks to the background only: it asks for the passage
 * being saved (the page's highlighter answers, relayed to this frame's own tab), saves the highlight itself, and
 * tells the page when the colour, its height or its state change.
 *
 * Steps: read the draft (none: tell the page it closed); show the form and focus the note; report the height as it
 * changes; on Save, store the highlight and tell the page (or show why it was not saved and stay open); on Cancel,
 * tell the page.
 */
import { backgroundMessenger } from '@/lib/messaging/messengers';
import { storeErrorSentence } from '@/lib/strings';
import { createEditorForm } from './form';
import './style.css';

const { sendMessage } = backgroundMessenger;

/** Tells the page something; a page that went away (reloaded, navigated) needs no answer. */
function tellPage(send: () => Promise<unknown>): void {
  void send().catch(() => {});
}

async function main(): Promise<void> {
  const draft = await sendMessage('readEditorDraft', undefined).catch(() => null);
  if (!draft) {
    tellPage(() => sendMessage('editorClosed', { saved: null }));
    return;
  }
  const { form, note } = createEditorForm(
    document,
    {
      onColour: (colour) => tellPage(() => sendMessage('editorColourChosen', { colour })),
      onCancel: () => tellPage(() => sendMessage('editorClosed', { saved: null })),
      async onSave(values) {
        const saved = await sendMessage('saveHighlight', { page: draft.page, selectors: draft.selectors, ...values });
        if (!saved.ok) return storeErrorSentence(saved.error);
        tellPage(() => sendMessage('editorClosed', { saved: saved.value }));
        return null;
      },
    },
    { initial: { colour: draft.colour }, isTrusted: (event) => event.isTrusted },
  );
  document.body.append(form);
  new ResizeObserver(() =>
    tellPage(() => sendMessage('editorResized', { height: document.documentElement.scrollHeight })),
  ).observe(form);
  note.focus({ preventScroll: true });
  window.addEventListener('focus', () => {
    if (!form.contains(document.activeElement)) note.focus({ preventScroll: true });
  });
}

void main();
