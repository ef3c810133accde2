import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };
const define = { __KORNEWS_VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    // the library: ESM + CJS with declarations; franc is ESM-only, so it is bundled in
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'],
    shims: true,
    define,
  },
  {
    // the command line and the worker-thread entry: ESM files with a shebang
    entry: { cli: 'src/cli.ts', worker: 'src/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'],
    shims: true,
    banner: { js: '#!/usr/bin/env node' },
    define,
  },
]);
