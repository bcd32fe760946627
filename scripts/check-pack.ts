/**
 * `npm run test:pack`: what `npm pack` would publish, checked. Builds dist/ fresh first (the
 * bundles and types, ≈ 10 s; the dataset is rebuilt only when dist/data is missing), so the check
 * never passes on a stale build; `--no-build` checks dist/ as it is (right after `npm run build`).
 * KEEP_PACK_CHECK=1 keeps the scratch consumer (node_modules/.cache/kerjasama-pack-check) to inspect.
 *
 * Checks: nothing but built files and docs in the pack (no tests, stories, sources, scripts or
 * source maps); every `exports` target, `main`/`module`/`types` and the `customElements` manifest
 * in it; each export resolves with Node's own resolver and each type entry with TypeScript's,
 * from a consumer that installed the packed tarball; the packed `kerjasama` command builds the
 * packed example folder; every define file covered by `sideEffects`; plain Node imports every
 * export (what SSR frameworks and static builds do on the server) without throwing, the
 * define entries register their elements in Lit's server registry, and a real Eleventy build
 * with Lit's SSR plugin renders them with their content. Then a browser user's install, the
 * tarball alone outside this repository: no server- or CLI-only package in it (counted and
 * measured), every export imports, and the `kerjasama` command renders and builds the example.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd: string, args: string[], cwd = root) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

const problems: string[] = [];
let installSummary = '';
const fail = (message: string) => problems.push(message);

// 1. A fresh build (keeping the dataset npm test has just built).
if (!process.argv.includes('--no-build')) {
  const dist = join(root, 'dist');
  if (existsSync(dist)) for (const entry of readdirSync(dist)) if (entry !== 'data') rmSync(join(dist, entry), { recursive: true, force: true });
  if (!existsSync(join(dist, 'data/kerjasama.dataset.json'))) run(npm, ['run', 'data']);
  if (!existsSync(join(root, 'custom-elements.json'))) run(npm, ['run', 'analyze']);
  console.log('building dist/ (npm run build:bundles)…');
  run(npm, ['run', 'build:bundles']);
}

// 2. The file list npm would publish.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const [report] = JSON.parse(run(npm, ['pack', '--dry-run', '--json', '--ignore-scripts']));
const files: string[] = report.files.map((f: { path: string }) => f.path);
const inPack = new Set(files);

const LEAKS: [RegExp, string][] = [
  [/^(src|test|stories|scripts|bench|\.storybook|\.ci|coverage|storybook-static|node_modules)\//, 'a source, test, story, script or tool folder'],
  [/(^|\/)node_modules\//, 'a bundled node_modules folder'],
  [/\.map$/, 'a source map'],
  [/\.(test|spec|stories)\.[cm]?[jt]sx?$/, 'a test or story'],
  [/(?<!\.d)\.[cm]?tsx?$/, 'TypeScript source'],
  [/^(tsconfig[^/]*\.json|vite\.config\.[^/]+|eslint\.config\.[^/]+|web-test-runner\.config\.[^/]+|custom-elements-manifest\.config\.[^/]+|size-budgets\.json|package-lock\.json)$/, 'tool configuration'],
  [/^dist\/\.sizes\//, 'size-check scratch output'],
];
for (const file of files) {
  const leak = LEAKS.find(([pattern]) => pattern.test(file));
  if (leak) fail(`${file}: ${leak[1]} is in the pack`);
}
for (const required of ['package.json', 'README.md', 'LICENSE']) if (!inPack.has(required)) fail(`${required} is missing from the pack`);

/** Pack files a `*` pattern (package.json style, `*` matching across folders) stands for. */
function expand(target: string): string[] {
  const path = target.replace(/^\.\//, '');
  if (!path.includes('*')) return inPack.has(path) ? [path] : [];
  const pattern = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('(.+)')}$`);
  return files.filter((f) => {
    const m = pattern.exec(f);
    // Every `*` in one target stands for the same text (Node's rule).
    return m !== null && m.slice(1).every((part) => part === m[1]);
  });
}

// 3. Every path package.json points at is in the pack.
const targets: [string, string][] = [];
const collect = (key: string, value: unknown) => {
  if (typeof value === 'string') targets.push([key, value]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(`${key} → ${k}`, v);
};
collect('exports', pkg.exports);
for (const field of ['main', 'module', 'types', 'customElements', 'web-types']) if (pkg[field]) targets.push([field, pkg[field]]);
for (const [name, target] of Object.entries<string>(typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {}))) targets.push([`bin → ${name}`, target]);
for (const [key, target] of targets) if (expand(target).length === 0) fail(`${key}: ${target} is not in the pack`);
if (!pkg.customElements) fail('package.json has no customElements field');

// 4. Every define module is registered as having side effects (or bundlers drop the registration).
const defineTags = readdirSync(join(root, 'src/define')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
/** A sideEffects glob as a RegExp: `**` spans folders, `*` stays within one. */
const globToRegExp = (glob: string) =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .split('**')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
      .join('.*')}$`,
  );
const sideEffects: RegExp[] = Array.isArray(pkg.sideEffects) ? pkg.sideEffects.map(globToRegExp) : [];
if (!Array.isArray(pkg.sideEffects)) fail('sideEffects must list the define files (an array)');
for (const tag of defineTags) {
  const file = `dist/define/${tag}.js`;
  if (!inPack.has(file)) fail(`${file} is not in the pack`);
  if (!sideEffects.some((re) => re.test(file))) fail(`${file} is not listed in sideEffects`);
}
// …and nothing else in the npm build is (class modules are side-effect free).
for (const file of files) {
  if (!file.endsWith('.js') || file.startsWith('dist/cdn/') || file.startsWith('dist/embed/')) continue;
  if (/^dist\/(define\/[^/]+|autoloader|hydrate|cdn)\.js$/.test(file)) continue;
  if (sideEffects.some((re) => re.test(file))) fail(`${file} is listed in sideEffects but is not a define file`);
}
// The CDN files the README names.
// (and the record files' schemas that `kerjasama data init` templates name).
const recordSchemas = ['dataset', 'sources', 'actors', 'events', 'flows', 'citations'].map((kind) => `dist/data/schemas/${kind}.schema.json`);
for (const file of ['dist/cdn/kerjasama.js', 'dist/cdn/autoloader.js', 'dist/cdn/kerjasama.iife.js', 'dist/cdn/embed-host.js', 'dist/embed/embed.html', ...recordSchemas]) {
  if (!inPack.has(file)) fail(`${file} is not in the pack`);
}
for (const tag of defineTags) if (!inPack.has(`dist/cdn/define/${tag}.js`)) fail(`dist/cdn/define/${tag}.js (for the autoloader) is not in the pack`);

// 5. A consumer that installed the tarball: Node resolves every export, TypeScript every type entry.
if (problems.length === 0) {
  const work = join(root, 'node_modules/.cache/kerjasama-pack-check');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'node_modules/kerjasama'), { recursive: true });
  const [packed] = JSON.parse(run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work]));
  run('tar', ['-xzf', join(work, packed.filename), '-C', join(work, 'node_modules/kerjasama'), '--strip-components=1']);
  // Dependencies resolve upwards, from the repository's node_modules.
  // Every key of `exports`, its `*` standing for each element's tag.
  const specifiers = Object.keys(pkg.exports).flatMap((key) =>
    (key.includes('*') ? defineTags.map((tag) => key.replaceAll('*', tag)) : [key]).map((k) => (k === '.' ? 'kerjasama' : `kerjasama/${k.slice(2)}`)),
  );
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(
    join(work, 'resolve.mjs'),
    `import { existsSync } from 'node:fs';\nimport { fileURLToPath } from 'node:url';\nconst bad = [];\nfor (const s of ${JSON.stringify(specifiers)}) {\n  try { const f = fileURLToPath(import.meta.resolve(s)); if (!existsSync(f)) bad.push(s + ' → ' + f + ' (missing)'); }\n  catch (e) { bad.push(s + ': ' + e.message); }\n}\nconsole.log(JSON.stringify(bad));\n`,
  );
  for (const line of JSON.parse(run(process.execPath, ['resolve.mjs'], work)) as string[]) fail(`node cannot resolve ${line}`);

  // Plain Node imports every export, as Next.js, Nuxt, Astro and Eleventy's Lit plugin do on the
  // server: nothing may touch `document` or `window` on import. Each in a fresh process (one
  // export's globals must not hide another's failure); a define entry registers its elements in
  // Lit's server registry, where @lit-labs/ssr renders them.
  writeFileSync(
    join(work, 'import.mjs'),
    [
      `const [specifier, tag] = process.argv.slice(2);`,
      `await import(specifier, specifier.endsWith('.json') ? { with: { type: 'json' } } : undefined);`,
      `if (tag && !globalThis.customElements?.get(tag)) throw new Error('<' + tag + '> is not registered');`,
      `if (tag) {`,
      `  const { render } = await import('@lit-labs/ssr');`,
      `  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');`,
      `  const { html, unsafeStatic } = await import('lit/static-html.js');`,
      `  const out = await collectResult(render(html\`<\${unsafeStatic(tag)}></\${unsafeStatic(tag)}>\`));`,
      `  if (!out.includes('<template shadowroot="open" shadowrootmode="open">')) throw new Error('<' + tag + '> rendered no shadow root on the server: ' + out.slice(0, 120));`,
      `}`,
    ].join('\n') + '\n',
  );
  for (const specifier of specifiers) {
    const tag = /^kerjasama\/define\/(.+)\.js$/.exec(specifier)?.[1] ?? '';
    try {
      run(process.execPath, ['import.mjs', specifier, tag], work);
    } catch (error) {
      const stderr = String((error as { stderr?: string }).stderr ?? error);
      fail(`node cannot import ${specifier}: ${stderr.split('\n').find((l) => /Error/.test(l)) ?? stderr.slice(0, 200)}`);
    }
  }
  // A real Eleventy build with Lit's SSR plugin (@lit-labs/eleventy-plugin-lit), set up as its
  // README says: the define modules as component modules, after `kerjasama/ssr`, which gives the
  // server the whole bundled dataset so that the content renders, not "Loading data…".
  try {
    const site = join(work, 'eleventy');
    mkdirSync(join(site, 'js'), { recursive: true });
    const ssrTags = ['citation-badge', 'reference-list', 'actor-card', 'cooperation-timeline'];
    writeFileSync(join(site, 'js/components.js'), ['kerjasama/ssr', ...ssrTags.map((t) => `kerjasama/define/${t}.js`)].map((m) => `import '${m}';`).join('\n') + '\n');
    writeFileSync(
      join(site, 'eleventy.config.js'),
      `import litPlugin from '@lit-labs/eleventy-plugin-lit';\nexport default (config) => config.addPlugin(litPlugin, { mode: 'worker', componentModules: ['js/components.js'] });\n`,
    );
    writeFileSync(
      join(site, 'index.md'),
      '# Vaccine diplomacy\n\nJapan\'s agency <actor-card variant="chip" actor="jica"></actor-card>, as <citation-badge cite="hotez-2014"></citation-badge> shows.\n\n<actor-card actor="jica"></actor-card>\n\n<cooperation-timeline countries="ID JP"></cooperation-timeline>\n\n<reference-list all></reference-list>\n',
    );
    writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'eleventy-site', private: true, type: 'module' }));
    run(process.execPath, [join(root, 'node_modules/@11ty/eleventy/cmd.cjs'), '--quiet'], site);
    const built = readFileSync(join(site, '_site/index.html'), 'utf8');
    const text = built.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const shadowRoots = built.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length ?? 0;
    for (const [what, seen] of [
      ['every element with a shadow root', shadowRoots >= 5],
      ["the chip's and the card's name", /Japan International Cooperation Agency/.test(text)],
      ["the badge's marker", text.includes('(Hotez, 2014)')],
      ["a timeline event's title", /JICA works on Indonesia/.test(text)],
      ["the reference list's entries", /Hotez, P\. J\./.test(text)],
      ['no loading state', !/Loading/i.test(text)],
    ] as const) if (!seen) fail(`Eleventy with Lit's SSR plugin: ${what} missing from _site/index.html: ${text.slice(0, 200)}`);
  } catch (error) {
    fail(`an Eleventy build with Lit's SSR plugin failed on the define modules: ${(error as { stderr?: string }).stderr ?? error}`);
  }

  // The packed `kerjasama` executable builds the packed example folder (with the packed CSL styles).
  const bin = join(work, 'node_modules/kerjasama', pkg.bin.kerjasama);
  if (!readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')) fail(`${pkg.bin.kerjasama} does not start with a node shebang`);
  try {
    run(process.execPath, [bin, 'data', 'build', 'node_modules/kerjasama/data/example', '--out', 'example.dataset.json'], work);
    const built = JSON.parse(readFileSync(join(work, 'example.dataset.json'), 'utf8'));
    if (built.sources?.length !== 1 || !built.citations?.[0]?.formatted) fail('kerjasama data build: the example dataset is incomplete');
  } catch (error) {
    fail(`kerjasama data build data/example failed from the pack: ${(error as { stderr?: string }).stderr ?? error}`);
  }

  // Server rendering from the packed files: the `kerjasama/ssr` export, and `kerjasama render`.
  try {
    writeFileSync(join(work, 'ssr.mjs'), `import { renderElement } from 'kerjasama/ssr';\nprocess.stdout.write(await renderElement('actor-card', { actor: 'jica' }, { lang: 'id' }));\n`);
    const fromExport = run(process.execPath, ['ssr.mjs'], work);
    if (!/^<actor-card actor="jica" lang="id"[^>]*><template shadowrootmode="open">/.test(fromExport)) fail(`kerjasama/ssr renderElement printed ${fromExport.slice(0, 120)}`);
    const fromBin = run(process.execPath, [bin, 'render', 'citation-badge', 'cite=hotez-2014'], work);
    if (!fromBin.startsWith('<citation-badge cite="hotez-2014"') || !fromBin.includes('(Hotez, 2014)')) fail(`kerjasama render printed ${fromBin.slice(0, 120)}`);
    // A page from the installed package loads that package's drop-in script, which is there.
    const page = run(process.execPath, [bin, 'render', 'actor-card', 'actor=jica', '--page'], work);
    const src = /<script type="module" src="([^"]+)"><\/script>/.exec(page)?.[1] ?? '';
    if (src !== 'node_modules/kerjasama/dist/cdn/kerjasama.js' || !existsSync(join(work, src))) fail(`kerjasama render --page loads "${src}", not the installed drop-in script`);
  } catch (error) {
    fail(`server rendering failed from the pack: ${(error as { stderr?: string }).stderr ?? error}`);
  }

  // Type entries, with both of TypeScript's package-exports-aware resolutions.
  const consumer = [
    `import { ActorCard, CooperationTimeline, KjSelectEvent, type DatasetState } from 'kerjasama';`,
    `import type { DatasetT } from 'kerjasama/data';`,
    ...defineTags.map((t, i) => `import * as define${i} from 'kerjasama/define/${t}.js';`),
    ...defineTags.map((t, i) => `import * as component${i} from 'kerjasama/components/${t}.js';`),
    `import 'kerjasama/autoloader.js';`,
    `import 'kerjasama/hydrate.js';`,
    `import { renderElement, type RenderElementOptions } from 'kerjasama/ssr';`,
    `import { allowedAttributes, dompurify, sanitizeHtml } from 'kerjasama/sanitizers';`,
    `export const allowed: readonly string[] = [...allowedAttributes['citation-badge'], ...sanitizeHtml.allowedTags, String(dompurify.CUSTOM_ELEMENT_HANDLING.tagNameCheck('actor-card'))];`,
    `export const rendered: Promise<string> = renderElement('actor-card', { actor: 'jica' }, { lang: 'id' } satisfies RenderElementOptions);`,
    `export const used: unknown[] = [ActorCard, CooperationTimeline, KjSelectEvent, ${defineTags.map((_, i) => `define${i}, component${i}`).join(', ')}];`,
    `export type Used = [DatasetState, DatasetT];`,
    `const card: HTMLElementTagNameMap['actor-card'] = document.createElement('actor-card');`,
    `export const actor: string = card.actor;`,
  ].join('\n');
  writeFileSync(join(work, 'consumer.ts'), consumer + '\n');

  // The README's React snippet, verbatim, against the generated JSX types (React 19's
  // `React.JSX`); and what those types must refuse, so that they cannot pass by being loose.
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const reactSnippet = /^### React 19\n[\s\S]*?^```tsx\n([\s\S]*?)^```$/m.exec(readme)?.[1];
  if (!reactSnippet) fail('README.md: no ```tsx block under "### React 19"');
  writeFileSync(join(work, 'readme-react.tsx'), reactSnippet ?? '');
  writeFileSync(
    join(work, 'react-refused.tsx'),
    [
      `import 'kerjasama/react';`,
      `import type { SelectableType } from 'kerjasama';`,
      `// @ts-expect-error "banana" is not a variant of <actor-card>`,
      `export const variant = <actor-card variant="banana" />;`,
      `// @ts-expect-error React keeps ref for itself: the badge's old attribute name is not a string prop`,
      `export const oldName = <citation-badge ref="hotez-2014" />;`,
      `// @ts-expect-error no such attribute`,
      `export const unknown = <reference-list bogus="1" />;`,
      `export const detail = <cooperation-timeline onkj-select={(e) => {`,
      `  const type: SelectableType = e.detail.type;`,
      `  // @ts-expect-error the detail is { type, id }`,
      `  return e.detail.nope ?? type;`,
      `}} />;`,
      `export const provider = <kerjasama-data onkj-data-error={(e) => e.detail.reason satisfies string}><aid-flow-chart unit="doses" view="table" /></kerjasama-data>;`,
    ].join('\n') + '\n',
  );
  // Vue's GlobalComponents, as vue-tsc reads them for a template's tags.
  writeFileSync(
    join(work, 'vue-consumer.ts'),
    [
      `import 'kerjasama/vue';`,
      `import type { GlobalComponents } from 'vue';`,
      `type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];`,
      `export const card: Props<'actor-card'> = { actor: 'jica', variant: 'chip', onKjSelect: (e) => console.log(e.detail.type, e.detail.id) };`,
      `export const badge: Props<'citation-badge'> = { cite: 'hotez-2014', citationStyle: 'mla' };`,
      `// @ts-expect-error "banana" is not a variant`,
      `export const wrong: Props<'actor-card'> = { variant: 'banana' };`,
      `// @ts-expect-error the detail is { type, id }`,
      `export const handler: Props<'cooperation-timeline'> = { onKjSelect: (e) => e.detail.nope };`,
    ].join('\n') + '\n',
  );

  // sanitize-html (a devDependency here), as the README configures it, on the README's script-tag
  // example and on hostile additions: every element keeps its attributes; handlers, scripts, the
  // provider and declarative shadow roots go. (DOMPurify is checked in the browser tests.)
  try {
    const section = readme.slice(readme.indexOf('### Sanitisers'));
    const sanitizeSnippet = [...section.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => m[1]).find((code) => code.includes("from 'sanitize-html'"));
    const example = /^```html\n([\s\S]*?)^```$/m.exec(readme.slice(readme.indexOf('### With a script tag')))?.[1];
    if (!sanitizeSnippet || !example) throw new Error('README.md: no sanitize-html snippet under "### Sanitisers", or no example under "### With a script tag"');
    const hostile = `<citation-badge cite="hotez-2014" actor="x" onclick="alert(1)">(Hotez, 2014)</citation-badge><kerjasama-data src="https://attacker.example/d.json">kept</kerjasama-data><div><template shadowrootmode="open"><b>x</b></template></div><script>alert(1)</script>`;
    writeFileSync(join(work, 'sanitize.mjs'), `const untrustedHtml = ${JSON.stringify(example + hostile)};\n${sanitizeSnippet}\nprocess.stdout.write(clean);\n`);
    const clean = run(process.execPath, ['sanitize.mjs'], work);
    const TAGS = /<(citation-badge|reference-list|actor-card|cooperation-timeline|aid-flow-chart|kerjasama-data)(\s[^>]*)?>/g;
    const opening = (html: string) => [...html.matchAll(TAGS)].map((m) => `${m[1]}[${[...(m[2] ?? '').matchAll(/\s([a-z-]+)(?:="[^"]*")?/g)].map((a) => a[1]).sort().join(' ')}]`);
    const expected = [...opening(example), 'citation-badge[cite]'];
    if (opening(clean).join() !== expected.join()) fail(`sanitize-html with kerjasama/sanitizers keeps ${opening(clean).join(', ')}, not ${expected.join(', ')}`);
    if (/\son\w+=|<script|shadowrootmode|attacker\.example/.test(clean) || !clean.includes('kept')) fail(`sanitize-html with kerjasama/sanitizers let through what it should not: ${clean.slice(-300)}`);
  } catch (error) {
    fail(`the README's sanitize-html configuration failed: ${(error as { stderr?: string }).stderr ?? error}`);
  }

  // Editors: VS Code's data offers the values an enumerated attribute takes, not type names.
  const vscode = JSON.parse(readFileSync(join(work, 'node_modules/kerjasama/dist/integrations/vscode.html-custom-data.json'), 'utf8')) as {
    tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[];
  };
  const valuesOf = (tag: string, attribute: string) => vscode.tags.find((t) => t.name === tag)?.attributes.find((a) => a.name === attribute)?.values?.map((v) => v.name).join(' ');
  for (const [tag, attribute, expected] of [
    ['actor-card', 'variant', 'card chip'],
    ['aid-flow-chart', 'unit', 'USD IDR doses none'],
    ['citation-badge', 'citation-style', 'apa chicago mla'],
  ]) {
    if (valuesOf(tag, attribute) !== expected) fail(`vscode.html-custom-data.json: <${tag} ${attribute}> offers "${valuesOf(tag, attribute)}", not "${expected}"`);
  }
  if (vscode.tags.map((t) => t.name).sort().join(' ') !== [...defineTags].sort().join(' ')) fail(`vscode.html-custom-data.json lists ${vscode.tags.map((t) => t.name).join(', ')}`);
  // Only the consumer and the package's own declarations are checked (checking Lit's too is slow).
  for (const [module, moduleResolution] of [
    [ts.ModuleKind.NodeNext, ts.ModuleResolutionKind.NodeNext],
    [ts.ModuleKind.ESNext, ts.ModuleResolutionKind.Bundler],
  ] as const) {
    const options: ts.CompilerOptions = {
      module,
      moduleResolution,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      strict: true,
      noEmit: true,
      types: [],
      jsx: ts.JsxEmit.ReactJSX,
    };
    const roots = ['consumer.ts', 'readme-react.tsx', 'react-refused.tsx', 'vue-consumer.ts'].map((f) => join(work, f));
    const program = ts.createProgram(roots, options);
    const ours = program.getSourceFiles().filter((f) => f.fileName.includes('/node_modules/kerjasama/') || roots.includes(f.fileName));
    if (!ours.some((f) => f.fileName.endsWith('/dist/types/index.d.ts'))) fail(`types: kerjasama resolved to no declarations (${ts.ModuleResolutionKind[moduleResolution]})`);
    const diagnostics = [...program.getOptionsDiagnostics(), ...ours.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)])];
    if (diagnostics.length) {
      const text = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => work, getNewLine: () => '\n' });
      fail(`types do not resolve (moduleResolution ${ts.ModuleResolutionKind[moduleResolution]}):\n${text.trim()}`);
    }
  }

  // 6. A browser user's install: the tarball alone, in a folder outside this repository (so
  // nothing resolves from our node_modules), as `npm install kerjasama` will. What only the
  // server or the command line needs stays out: @lit-labs/ssr (with parse5, node-fetch,
  // @types/node…) and pdf.js are optional peers; the `kerjasama` command bundles Lit's SSR and
  // finds citeproc, an optional dependency npm installs by default.
  const isolated = mkdtempSync(join(tmpdir(), 'kerjasama-install-'));
  try {
    writeFileSync(join(isolated, 'package.json'), JSON.stringify({ name: 'browser-user', private: true, type: 'module' }));
    run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, packed.filename)], isolated);
    // npm's record of what it put in node_modules (`npm ls` also lists the absent optional peers).
    const hidden = JSON.parse(readFileSync(join(isolated, 'node_modules/.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    const names = new Set(Object.keys(hidden.packages).map((path) => path.replace(/^.*node_modules\//, '')));
    for (const serverOnly of ['@lit-labs/ssr', 'parse5', 'node-fetch', 'enhanced-resolve', '@types/node', 'pdfjs-dist', '@napi-rs/canvas']) {
      if (names.has(serverOnly)) fail(`a browser user's install has ${serverOnly}, which only server rendering or the command line needs`);
    }
    const size = Number(run('du', ['-sk', join(isolated, 'node_modules')]).split(/\s/)[0]) * 1024;
    installSummary = `npm install of the tarball: ${names.size} packages (kerjasama and ${names.size - 1} dependencies), ${(size / 1024 / 1024).toFixed(1)} MB`;
    // Every export still imports there, and server rendering says what it lacks.
    for (const specifier of specifiers) {
      try {
        run(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)}${specifier.endsWith('.json') ? ", { with: { type: 'json' } }" : ''})`], isolated);
      } catch (error) {
        fail(`a browser user's install cannot import ${specifier}: ${String((error as { stderr?: string }).stderr ?? error).split('\n').find((l) => /Error/.test(l))}`);
      }
    }
    const withoutSsr = spawnSync(process.execPath, ['--input-type=module', '-e', `const { renderElement } = await import('kerjasama/ssr'); await renderElement('actor-card', { actor: 'jica' });`], { cwd: isolated, encoding: 'utf8' });
    if (withoutSsr.status === 0 || !withoutSsr.stderr.includes('npm install @lit-labs/ssr')) fail(`renderElement without @lit-labs/ssr does not say to install it: ${withoutSsr.stderr.slice(0, 300)}`);
    // The command, from this install alone: rendering, and building the packed example (citeproc).
    const bin = join(isolated, 'node_modules/.bin/kerjasama');
    const badge = run(bin, ['render', 'citation-badge', 'cite=hotez-2014'], isolated);
    if (!badge.includes('(Hotez, 2014)')) fail(`kerjasama render from a browser user's install printed ${badge.slice(0, 120)}`);
    run(bin, ['data', 'build', 'node_modules/kerjasama/data/example', '--out', 'example.dataset.json'], isolated);
    if (!JSON.parse(readFileSync(join(isolated, 'example.dataset.json'), 'utf8')).citations?.[0]?.formatted) fail('kerjasama data build from a browser user\'s install formatted no citation');
  } catch (error) {
    fail(`a browser user's install failed: ${(error as { stderr?: string }).stderr ?? error}`);
  } finally {
    if (!process.env.KEEP_PACK_CHECK) rmSync(isolated, { recursive: true, force: true });
  }
  if (!process.env.KEEP_PACK_CHECK) rmSync(work, { recursive: true, force: true });
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`npm pack: ${files.length} files, ${kb(report.size)} packed, ${kb(report.unpackedSize)} unpacked`);
if (installSummary) console.log(installSummary);
if (problems.length) {
  console.error(`${problems.length} pack problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('pack checks passed: no leaked files; exports, types, customElements and sideEffects resolve');
