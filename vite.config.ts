/**
 * The jobs, one per mode (`npm run build` runs every build mode in this order):
 * - `vite` (npm start): serves the demo gallery from stories/gallery with every element.
 * - `vite build --mode lib`: the npm build — ESM, unminified, one module per source module,
 *   lit/@lit/context/@lit-labs/virtualizer/@lit-labs/ssr/chart.js/valibot left as dependencies;
 *   with `kerjasama/ssr` (server rendering, Node) and `kerjasama/hydrate.js` (Lit's hydrate support).
 * - `vite build --mode cdn`: the drop-in script dist/cdn/kerjasama.js — one minified ES module
 *   that registers every element (a public path: keep it stable), the chart code in a lazy chunk.
 * - `vite build --mode cdn-elements`: dist/cdn/autoloader.js and one entry per element in
 *   dist/cdn/define/<tag>.js (stable names), sharing hashed chunks in dist/cdn/chunks/. A separate
 *   build so that kerjasama.js stays one file.
 * - `vite build --mode iife`: dist/cdn/kerjasama.iife.js — one classic script, everything inlined.
 * - `vite build --mode embed-host`: dist/cdn/embed-host.js — the optional classic script that sizes
 *   embed iframes.
 * - `vite build --mode embed`: the iframe embed page, dist/embed/embed.html.
 * - `vite build --mode cli`: the `kerjasama` command (dist/cli/kerjasama.js, Node ESM). citeproc
 *   stays a package dependency (loaded with require); everything else is bundled in.
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = import.meta.dirname;
const defineEntries = Object.fromEntries(
  readdirSync(resolve(root, 'src/define'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`define/${f.replace(/\.ts$/, '')}`, resolve(root, 'src/define', f)]),
);

/**
 * Resolves the dynamic imports of `specifiers` statically: `import('x')` becomes a resolved
 * promise of `x`'s namespace, imported at the top. For the drop-in, which registers every element
 * at once: the chart's view chunk and the timeline's windowing would otherwise pull Lit into a
 * shared chunk and turn kerjasama.js into several files; Chart.js and the dataset's shards stay lazy.
 */
function resolveDynamicImportsStatically(specifiers: string[]): Plugin {
  return {
    name: 'kerjasama:resolve-dynamic-imports-statically',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return undefined;
      const hoisted: string[] = [];
      const out = code.replace(/\bimport\((['"])([^'"]+)\1\)/g, (call, quote: string, spec: string) => {
        if (!specifiers.some((s) => spec.endsWith(s))) return call;
        const name = `__kjStatic${hoisted.length}`;
        hoisted.push(`import * as ${name} from ${quote}${spec}${quote};`);
        return `Promise.resolve(${name})`;
      });
      return hoisted.length ? { code: `${hoisted.join('\n')}\n${out}`, map: null } : undefined;
    },
  };
}

/** Shared by the builds that ship to browsers as they are: fully minified, whitespace included. */
function browserBuild(build: NonNullable<UserConfig['build']>): UserConfig {
  return {
    // Relative URLs, so the files work from any CDN path or folder.
    base: './',
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      minify: true,
      target: 'es2022',
      // Vite keeps whitespace in ES library output (for consumers' bundlers); these files are final.
      ...build,
      rollupOptions: { ...build.rollupOptions, output: { minify: true, ...build.rollupOptions?.output } },
    },
  };
}

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
          entry: {
            index: resolve(root, 'src/index.ts'),
            data: resolve(root, 'src/data/index.ts'),
            // For bundler users: the user's bundler splits the define modules it imports lazily.
            autoloader: resolve(root, 'src/autoloader.ts'),
            hydrate: resolve(root, 'src/hydrate.ts'),
            'ssr/render': resolve(root, 'src/ssr/render.ts'),
            ...defineEntries,
          },
          formats: ['es'],
        },
        rollupOptions: {
          external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^chart\.js(\/|$)/, /^chartjs-chart-sankey/, /^valibot/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  if (mode === 'cdn') {
    return {
      ...browserBuild({
        // The first CDN build: it clears dist/cdn; the others add to it.
        emptyOutDir: true,
        lib: { entry: resolve(root, 'src/cdn.ts'), formats: ['es'], fileName: () => 'kerjasama.js' },
      }),
      // The dataset's shards stay lazy chunks (a page loads those of its language and layers).
      plugins: [resolveDynamicImportsStatically(['/aid-flow-chart.lazy.js', '/cooperation-timeline.windowing.js'])],
    };
  }
  if (mode === 'cdn-elements') {
    return browserBuild({
      lib: { entry: { autoloader: resolve(root, 'src/autoloader.ts'), ...defineEntries }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    });
  }
  if (mode === 'iife') {
    return browserBuild({
      lib: { entry: resolve(root, 'src/cdn.ts'), formats: ['iife'], name: 'Kerjasama', fileName: () => 'kerjasama.iife.js' },
      // A classic script cannot import a chunk: inline the chart's dynamic import (the successor
      // of Rollup's `inlineDynamicImports: true`).
      rollupOptions: { output: { codeSplitting: false } },
    });
  }
  if (mode === 'embed-host') {
    return browserBuild({
      lib: { entry: resolve(root, 'src/embed/embed-host-script.ts'), formats: ['iife'], name: 'KerjasamaEmbedHost', fileName: () => 'embed-host.js' },
    });
  }
  if (mode === 'embed') {
    return {
      root: resolve(root, 'stories/embed'),
      base: './',
      build: {
        outDir: resolve(root, 'dist/embed'),
        emptyOutDir: true,
        target: 'es2022',
        // No polyfill script: every browser that runs the elements supports modulepreload.
        modulePreload: { polyfill: false },
        rollupOptions: { input: { embed: resolve(root, 'stories/embed/embed.html') } },
      },
    };
  }
  if (mode === 'cli') {
    return {
      ssr: { noExternal: true, external: ['citeproc'] },
      build: {
        ssr: resolve(root, 'src/build/cli-main.ts'),
        outDir: 'dist/cli',
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        rollupOptions: { output: { entryFileNames: 'kerjasama.js' } },
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
