#!/usr/bin/env node
// Entry point of `npx nuage`: runs the bundled CLI built by `npm run build:cli`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli/nuage.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(`nuage: the CLI is not built yet (${bundle} is missing): run \`npm run build:cli\`\n`);
  process.exit(1);
}
const { runCli } = await import(pathToFileURL(bundle).href);
process.exitCode = await runCli(process.argv.slice(2));
