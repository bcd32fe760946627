/**
 * Three jobs:
 * - `vite` (npm start): serves the demo gallery from stories/gallery with every element.
 * - `vite build --mode lib`: the npm build — ESM, unminified, one module per source module,
 *   lit/@lit/context/chart.js left as dependencies.
 * - `vite build --mode cdn`: the drop-in script dist/cdn/kerjasama.js — one minified ES module
 *   that registers every element (a public path: keep it stable).
 */
import { defineConfig } from 'vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = import.meta.dirname;
const defineEntries = Object.fromEntries(
  readdirSync(resolve(root, 'src/define'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`define/${f.replace(/\.ts$/, '')}`, resolve(root, 'src/define', f)]),
);

export default defineConfig(({ mode }) => {
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        minify: false,
        sourcemap: true,
        target: 'es2022',
        lib: {
          entry: { index: resolve(root, 'src/index.ts'), data: resolve(root, 'src/data/index.ts'), ...defineEntries },
          formats: ['es'],
        },
        rollupOptions: {
          external: [/^lit(\/|$)/, /^@lit\//, /^chart\.js(\/|$)/, /^chartjs-chart-sankey/, /^valibot/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  if (mode === 'cdn') {
    return {
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        minify: true,
        target: 'es2022',
        lib: { entry: resolve(root, 'src/cdn.ts'), formats: ['es'], fileName: () => 'kerjasama.js' },
      },
    };
  }
  return {
    root: resolve(root, 'stories/gallery'),
    // The built dataset JSON is served beside the gallery for the `<kerjasama-data src>` demo.
    publicDir: resolve(root, 'dist/data'),
    server: { fs: { allow: [root] } },
    preview: { port: 4173 },
  };
});
