/**
 * Crux's keyboard commands (the manifest's `commands`, besides `_execute_action` which the browser handles): one
 * handler per command name, so a new command is one entry in a map. Commands on the page (save-highlight) get the
 * tab; commands of the browser (open-library) get none.
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

/** The commands Crux handles on a tab, by manifest name. */
export interface CommandHandlers {
  /** Save the selected text as a highlight (suggested key Alt+Shift+H): opens the note editor on the selection. */
  'save-highlight'(tabId: number): Promise<unknown>;
}

/** The commands Crux handles that act on no tab, by manifest name. */
export interface BrowserCommandHandlers {
  /** Open the notes library (suggested key Alt+Shift+L), or bring its open tab forward. */
  'open-library'(): Promise<unknown>;
}

/** Registers the command handlers. */
export function registerCommands(
  apis: CommandApis,
  handlers: CommandHandlers,
  browserHandlers?: BrowserCommandHandlers,
): void {
  apis.commands.onCommand.addListener((command, tab) => {
    if (browserHandlers && isCommandName(command, browserHandlers)) {
      void browserHandlers[command]().catch(() => {});
      return;
    }
    if (!isCommandName(command, handlers)) return;
    void (async () => {
      const target = tab?.id !== undefined ? tab : await apis.activeTab();
      if (target?.id !== undefined && target.id >= 0) await handlers[command](target.id);
    })();
  });
}

function isCommandName<T extends object>(name: string, handlers: T): name is Extract<keyof T, string> {
  return Object.hasOwn(handlers, name);
}
