import { eventToShortcut, type KeyLike } from './shortcuts';
import type { Command, CommandContext } from './types';

export interface CommandRegistry {
  /** Adds a command; returns a function that removes it. */
  register(command: Command): () => void;
  get(id: string): Command | undefined;
  list(): readonly Command[];
  isEnabled(id: string, ctx: CommandContext): boolean;
  /** Runs the command if it exists and is enabled; resolves to whether it ran. */
  run(id: string, ctx: CommandContext): Promise<boolean>;
  /** The command bound to a key event, if any. */
  forKey(event: KeyLike): Command | undefined;
}

export function createCommandRegistry(initial: readonly Command[] = []): CommandRegistry {
  const commands = new Map<string, Command>();
  const registry: CommandRegistry = {
    register(command) {
      commands.set(command.id, command);
      return () => {
        if (commands.get(command.id) === command) commands.delete(command.id);
      };
    },
    get: (id) => commands.get(id),
    list: () => [...commands.values()],
    isEnabled(id, ctx) {
      const command = commands.get(id);
      return command !== undefined && (command.enabled?.(ctx) ?? true);
    },
    async run(id, ctx) {
      const command = commands.get(id);
      if (!command || !(command.enabled?.(ctx) ?? true)) return false;
      await command.run(ctx);
      return true;
    },
    forKey(event) {
      const shortcut = eventToShortcut(event);
      for (const command of commands.values()) if (command.shortcuts?.includes(shortcut)) return command;
      return undefined;
    },
  };
  for (const command of initial) registry.register(command);
  return registry;
}
