import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// Bundles the command-line interface (cli/main.ts + shared/ + catalog/) into one ES module
// for Node; bin/nuage.mjs imports it. Node built-ins stay external; npm dependencies are
// bundled so the CLI runs without resolving them at run time.
export default defineConfig({
  build: {
    ssr: 'cli/main.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'es', entryFileNames: 'nuage.mjs' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
