import { describe, expect, it } from 'vitest';
import { registerCommands } from '@/entrypoints/background/commands';
import { registerSaveHighlightMenu, SAVE_HIGHLIGHT_MENU_ID } from '@/entrypoints/background/context-menu';
import { openEditorInTab, type EditorTabApis } from '@/entrypoints/background/inject';
import { notesStrings } from '@/lib/strings';
import { makeEvent } from './fakes';

describe('the "Save highlight to Crux" menu item', () => {
  it('is created on install, on selected text only', () => {
    const created: unknown[] = [];
    const onInstalled = makeEvent<[]>();
    registerSaveHighlightMenu(
      { contextMenus: { create: (p) => void created.push(p), onClicked: makeEvent() }, runtime: { onInstalled } },
      async () => {},
    );
    expect(created).toEqual([]);
    onInstalled.fire();
    expect(created).toEqual([{ id: SAVE_HIGHLIGHT_MENU_ID, title: 'Save highlight to Crux', contexts: ['selection'] }]);
  });

  it('opens the editor in the clicked tab, and ignores other items', () => {
    const opened: number[] = [];
    const onClicked = makeEvent<[{ menuItemId: string | number }, { id?: number }?]>();
    registerSaveHighlightMenu(
      { contextMenus: { create: () => {}, onClicked }, runtime: { onInstalled: makeEvent() } },
      async (id) => opened.push(id),
    );
    onClicked.fire({ menuItemId: 'someone-else' }, { id: 3 });
    onClicked.fire({ menuItemId: SAVE_HIGHLIGHT_MENU_ID }, { id: 7 });
    expect(opened).toEqual([7]);
  });
});

describe('the save-highlight command', () => {
  it('opens the editor in the command’s tab, or the active tab when the event has none', async () => {
    const opened: number[] = [];
    const onCommand = makeEvent<[string, { id?: number }?]>();
    registerCommands(
      { commands: { onCommand }, activeTab: async () => ({ id: 12 }) },
      { 'save-highlight': async (id) => opened.push(id) },
    );
    onCommand.fire('save-highlight', { id: 5 });
    onCommand.fire('save-highlight');
    onCommand.fire('_execute_action', { id: 9 });
    await expect.poll(() => opened).toEqual([5, 12]);
  });
});

describe('opening the editor in a tab', () => {
  function apis(overrides: Partial<EditorTabApis> = {}) {
    const problems: string[] = [];
    const value: EditorTabApis = {
      injectContentScript: async () => {},
      editSelection: async () => ({ opened: true }),
      showTabProblem: async (_tab, message) => void problems.push(message),
      ...overrides,
    };
    return { value, problems };
  }

  it('injects the highlighter, then opens its editor', async () => {
    expect(await openEditorInTab(apis().value, 1)).toBe('opened');
  });

  it('reports a page with nothing selected (the page shows the hint itself)', async () => {
    expect(await openEditorInTab(apis({ editSelection: async () => ({ opened: false }) }).value, 1)).toBe(
      'no-selection',
    );
  });

  it('says so on the toolbar button when the page cannot be scripted', async () => {
    const { value, problems } = apis({
      injectContentScript: async () => Promise.reject(new Error('Cannot access contents of the page')),
    });
    expect(await openEditorInTab(value, 1)).toBe('unavailable');
    expect(problems).toEqual([notesStrings.cannotHighlightHere]);
  });
});
