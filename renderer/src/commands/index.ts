import { exportCommands } from '../exporting/exportCommands';
import { editCommands } from './editCommands';
import { fileCommands } from './fileCommands';
import { scenarioCommands } from '../scenarios/scenarioCommands';
import { createCommandRegistry, type CommandRegistry } from './registry';
import { viewCommands } from './viewCommands';

/** A registry with every built-in command. Panels and dialogs add theirs with `register`. */
export function createDefaultRegistry(): CommandRegistry {
  return createCommandRegistry([
    ...fileCommands,
    ...editCommands,
    ...viewCommands,
    ...scenarioCommands,
    ...exportCommands,
  ]);
}

export type { Command, CommandContext, ViewControls } from './types';
export { createViewControls } from './types';
export type { CommandRegistry } from './registry';
