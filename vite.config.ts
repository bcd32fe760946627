/**
 * The jobs, one per mode (`npm run build` runs every build mode in this order):
 * - `vite` (npm start): serves the demo gallery from stories/gallery with every element, and the
 *   built dataset builder page (dist/builder) at /builder/.
 * - `vite build --mode lib`: the npm build — ESM, unminified, one module per source module,
 *   lit/@lit/context/@lit-labs/virtualizer/chart.js/valibot left as dependencies (and
 *   @lit-labs/ssr, an optional peer dependency that `kerjasama/ssr` imports on demand);
 *   with `kerjasama/ssr` (server rendering, Node) and `kerjasama/hydrate.js` (Lit's hydrate support).
 * - `vite build --mode cdn`: the drop-in script dist/cdn/kerjasama.js — a minified ES module
 *   that registers every element (a public path: keep it stable), with Lit in a chunk beside it;
 *   what loads later (the chart's view and Chart.js, a long timeline's windowing, the dataset's
 *   shards) in lazy chunks.
 * - `vite build --mode cdn-elements`: dist/cdn/autoloader.js and one entry per element in
 *   dist/cdn/define/<tag>.js (stable names), sharing hashed chunks in dist/cdn/chunks/. A separate
 *   build so that kerjasama.js stays one file.
 * - `vite build --mode iife`: dist/cdn/kerjasama.iife.js — one classic script, everything inlined.
 * - `vite build --mode embed-host`: dist/cdn/embed-host.js — the optional classic script that sizes
 *   embed iframes.
 * - `vite build --mode embed`: the iframe embed page, dist/embed/embed.html.
 * - `vite build --mode builder`: the dataset builder page, dist/builder/index.html (the CLI's build in the
 *   browser, in a worker). Two scripts, the page and its worker, each with everything inlined, so
 *   that nothing is fetched once it has loaded,
 *   beside csl/ (the CSL styles, CC BY-SA, apart from the MIT code) and, when pdfjs-dist is
 *   installed, pdfjs/ (pdf.js and its worker, Apache-2.0, loaded on the first PDF).
 * - `vite build --mode cli`: the `kerjasama` command (dist/cli/kerjasama.js, Node ESM). citeproc
 *   (an optional dependency, which its licence keeps out of our bundle) and pdfjs-dist (an optional
 *   peer, several MB, for PDF documents only) are loaded on demand; everything else, @lit-labs/ssr
 *   included, is bundled in.
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { posix, resolve, sep } from 'node:path';
import { litCssVite } from './scripts/lit-css.js';

const root = import.meta.dirname;
const defineEntries = Object.fromEntries(
  readdirSync(resolve(root, 'src/define'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`define/${f.replace(/\.ts$/, '')}`, resolve(root, 'src/define', f)]),
);

// The per-element builds keep what every element loads first as two chunks rather than a dozen
// small ones (fewer requests; gzip sees one dictionary): `core`, what every element's first
// render needs (the chart's too), `data`, what every element that shows bundled data needs (and
// the badge's attribute contract, which the badge, the list and the card read: too small for a
// request of its own), and `queries`, the filters and dates that the badge and the list do not need.
// theme-content.ts, which the chart adopts only with its content, is in `core` all the same: every
// other element's first render needs it, and in `data` it would compress worse (about 40 B a page).
const CORE_MODULES = /node_modules\/(lit\/decorators|lit-html\/lit-html|lit-element\/lit-element|@lit\/reactive-element\/(css-tag|reactive-element|decorators\/(property|state))|@lit\/context\/lib\/(context-request-event|create-context|controllers\/context-consumer))\.js|src\/(base\/(kerjasama-base|attribute-contract)|context\/(theme-context|context-root)|controllers\/(lazy-module-controller|locale-controller)|i18n\/placeholder-strings|data\/ui-locale|internal\/server-markup|styles\/theme(-content)?)\.ts/;
const DATA_MODULES = /helpers\/esm\/decorate\.js|src\/(components\/citation-badge\/citation-badge\.options|base\/kerjasama-element|context\/(dataset-context|citation-scope)|controllers\/(dataset-controller|citation-scope-controller)|data\/(locales|citation-styles|shards|shard-store|bundled|lookups|localized|citation-text|generated\/shards))\.ts/;
// The filters and dates of data/queries.ts; the badge and the reference list read data/lookups.ts.
const QUERY_MODULES = /src\/data\/(queries|iso-dates)\.ts/;
// English's strings beyond the placeholders and a marker's labels: the list, the card, the
// timeline and the badge's popover import them; a page of badges does not (marker-strings.ts).
const STRING_MODULES = /src\/i18n\/(strings|locales\/en|locales\/en\.vocabulary)\.ts/;

/**
 * Fetches a lazy chunk's own imports together with it. Vite adds no preload helper to library
 * builds, so the chunks a lazy chunk imports were requested only once it had arrived: one round
 * trip more for each level (a badge's popover code, then the popover controller it imports: 330
 * instead of 195 ms at 150 ms RTT). Each `import("./x.js")` in a chunk becomes
 * `$kjP(import("./x.js"),"./dep.js",…)`, naming the chunks x imports (transitively) that the
 * importing chunk has not already loaded; `$kjP` imports them beside it and returns x's promise
 * as it was. They evaluate no sooner than x would have made them (they are side-effect-free
 * chunks); a failed one fails x's own import, which the lazy-module controller retries.
 * `skip`: chunks left as they are (the autoloader, whose size is a budget of its own).
 */
function parallelLazyImports(skip: readonly string[] = []): Plugin {
  return {
    name: 'kerjasama-parallel-lazy-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, { imports: string[]; code: string; fileName: string }>();
      for (const file of Object.values(bundle)) if (file.type === 'chunk') chunks.set(file.fileName, file);
      const closure = (fileName: string, into = new Set<string>()): Set<string> => {
        for (const dep of chunks.get(fileName)?.imports ?? []) if (!into.has(dep)) closure(dep, into.add(dep));
        return into;
      };
      for (const chunk of chunks.values()) {
        if (skip.includes(chunk.fileName)) continue;
        const dir = posix.dirname(chunk.fileName);
        const relative = (fileName: string) => {
          const path = posix.relative(dir, fileName);
          return path.startsWith('.') ? path : `./${path}`;
        };
        const loaded = closure(chunk.fileName).add(chunk.fileName);
        let used = false;
        chunk.code = chunk.code.replace(/\bimport\((["'`])(\.{1,2}\/[^"'`]+)\1\)/g, (call, quote: string, specifier: string) => {
          const target = posix.join(dir, specifier);
          const deps = chunks.has(target) ? [...closure(target)].filter((dep) => !loaded.has(dep)) : [];
          if (!deps.length) return call;
          used = true;
          return `$kjP(${call},${deps.map((dep) => `${quote}${relative(dep)}${quote}`).join(',')})`;
        });
        // In the chunk itself: import() resolves its specifier against the module that calls it.
        if (used) chunk.code += `\nfunction $kjP(m,...d){for(const f of d)import(f).catch(()=>{});return m}\n`;
      }
    },
  };
}

// A space stays where one separates a keyword from what follows (`return /* @__PURE__ *\/ new X`).
const ANNOTATION = /\/\* @__(?:PURE|NO_SIDE_EFFECTS)__ \*\/ ?/g;
/**
 * Drops the tree-shaking annotations the minifier keeps (`/* @__PURE__ *\/`: 230 in the drop-in
 * alone, 380 bytes of it gzip): no bundler reads these files after this one, every reader
 * downloads them. After minification, which still uses them to drop unused code.
 */
function stripAnnotations(): Plugin {
  return {
    name: 'kerjasama-strip-annotations',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = file.code.replace(ANNOTATION, (_, at: number, code: string) => (/[\w$]/.test(code[at - 1] ?? '') ? ' ' : ''));
    },
  };
}

/** Shared by the builds that ship to browsers as they are: fully minified, whitespace included. */
function browserBuild(build: NonNullable<UserConfig['build']>): UserConfig {
  return {
    // Relative URLs, so the files work from any CDN path or folder.
    base: './',
    // The CSS in Lit's css`…` templates, which the JavaScript minifier leaves as written.
    plugins: [litCssVite(), parallelLazyImports(['autoloader.js']), stripAnnotations()],
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

/** Copies the builder page's separately licensed files beside it (see the `builder` mode). */
function builderAssets(): Plugin {
  return {
    name: 'kerjasama-builder-assets',
    apply: 'build',
    closeBundle() {
      const out = resolve(root, 'dist/builder');
      mkdirSync(resolve(out, 'csl'), { recursive: true });
      for (const file of readdirSync(resolve(root, 'data/csl'))) copyFileSync(resolve(root, 'data/csl', file), resolve(out, 'csl', file));
      let pdfjs: string | undefined;
      try {
        pdfjs = resolve(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'), '..');
      } catch {
        return; // an optional dependency: without it, the page says PDFs need the CLI
      }
      mkdirSync(resolve(out, 'pdfjs'), { recursive: true });
      for (const file of ['build/pdf.min.mjs', 'build/pdf.worker.min.mjs', 'LICENSE']) {
        if (existsSync(resolve(pdfjs, file))) copyFileSync(resolve(pdfjs, file), resolve(out, 'pdfjs', file.replace('build/', '')));
      }
    },
  };
}

const CONTENT_TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', mjs: 'text/javascript', css: 'text/css', csl: 'application/xml', xml: 'application/xml', md: 'text/markdown' };

/** Serves the built builder page (dist/builder, `npm start` builds it) at /builder/ beside the gallery. */
function serveBuilder(): Plugin {
  const dir = resolve(root, 'dist/builder');
  return {
    name: 'kerjasama-serve-builder',
    configureServer(server) {
      server.middlewares.use('/builder', (req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/\/$/, '/index.html');
        const file = resolve(dir, `.${path}`);
        if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', CONTENT_TYPES[file.split('.').pop()!] ?? 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
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
            // What `kerjasama/cdn/kerjasama.js` (and the classic script) resolve to under Node's
            // `node` condition: the drop-in's registrations and exports, with Lit left to Node's
            // own build, so that a server importing it (an SSR framework) does not fail on `document`.
            cdn: resolve(root, 'src/cdn.ts'),
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
        // Everything the entry needs goes into kerjasama.js itself (the `$initial` group is merged
        // into it) and lazy chunks import what they share from it: one request, no waterfall of
        // shared chunks before the first render (Lit and the vocabulary were two such chunks).
        rollupOptions: { preserveEntrySignatures: 'allow-extension', output: { codeSplitting: { groups: [{ name: 'kerjasama', tags: ['$initial'] }] } } },
      }),
    };
  }
  if (mode === 'cdn-elements') {
    return browserBuild({
      lib: { entry: { autoloader: resolve(root, 'src/autoloader.ts'), ...defineEntries }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rollupOptions: {
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          // See CORE_MODULES and DATA_MODULES above.
          codeSplitting: { groups: [{ name: 'core', test: CORE_MODULES }, { name: 'data', test: DATA_MODULES }, { name: 'queries', test: QUERY_MODULES }, { name: 'strings', test: STRING_MODULES }] },
        },
      },
    });
  }
  if (mode === 'iife') {
    return browserBuild({
      lib: { entry: resolve(root, 'src/cdn-classic.ts'), formats: ['iife'], name: 'Kerjasama', fileName: () => 'kerjasama.iife.js' },
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
  if (mode === 'builder') {
    return {
      root: resolve(root, 'stories/builder'),
      base: './',
      plugins: [builderAssets()],
      // Papa Parse's "browser" build (papaparse.min.js) fails when bundled ("reading
      // 'skipEmptyLines'" of undefined); its main file is the same code, unminified, and works.
      resolve: { alias: [{ find: /^papaparse$/, replacement: resolve(root, 'node_modules/papaparse/papaparse.js') }] },
      // The build worker: one ES module file too (it is started as the page loads).
      worker: { format: 'es', rollupOptions: { output: { codeSplitting: false } } },
      build: {
        outDir: resolve(root, 'dist/builder'),
        emptyOutDir: true,
        target: 'es2022',
        modulePreload: { polyfill: false },
        // A tool page: the elements with Chart.js in one file (~295 KB gzip); the build in its worker.
        chunkSizeWarningLimit: 2000,
        rollupOptions: { input: { index: resolve(root, 'stories/builder/index.html') }, output: { codeSplitting: false } },
      },
    };
  }
  if (mode === 'cli') {
    return {
      // pdf.js (an optional dependency, several MB with its worker) is imported only to read a PDF.
      ssr: { noExternal: true, external: ['citeproc', 'pdfjs-dist'] },
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
    plugins: [serveBuilder()],
    server: { fs: { allow: [root] } },
    preview: { port: 4173 },
  };
});
