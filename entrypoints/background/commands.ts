/**
 * Crux's keyboard commands (the manifest's `commands`, besides `_execute_action` which the browser handles): one
 * handler per command name, so a new command is one entry in the map.
 */

/** A tab as a command event carries it. */
export interface CommandTab {
  id?: number;
}

/** What the commands need from the browser. */
export interface CommandApis {
  commands: { onCommand: { addListener(listener: (command: string, tab?: CommandTab) => void): void } };
  /** The active tab of the focused window, for browsers whose command event carries no tab. */
  activeTab(): Promise<CommandTab | undefined>;
}

/** The commands Crux handles, by manifest name. */
export interface CommandHandlers {
  /** Save the selected text as a highlight (suggested key Alt+Shift+H): opens the note editor on the selection. */
  'save-highlight'(tabId: number): Promise<unknown>;
}

/** Registers the command handlers. */
export function registerCommands(apis: CommandApis, handlers: CommandHandlers): void {
  apis.commands.onCommand.addListener((command, tab) => {
    if (!isCommandName(command, handlers)) return;
    void (async () => {
      const target = tab?.id !== undefined ? tab : await apis.activeTab();
      if (target?.id !== undefined && target.id >= 0) await handlers[command](target.id);
    })();
  });
}

function isCommandName(name: string, handlers: CommandHandlers): name is keyof CommandHandlers {
  return Object.hasOwn(handlers, name);
}
