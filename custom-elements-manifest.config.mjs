// Custom-elements manifest (custom-elements.json), generated from JSDoc on the element classes.
import { readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { tsImport } from 'tsx/esm/api';

/**
 * The attribute contracts, loaded from the sources: `src/components/<tag>/<tag>.options.ts`
 * exports `<tagInCamelCase>Attributes` (attribute name → `{ values, fallback }`); `theme`, which
 * every element has, is the base class's `THEMES`.
 */
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

async function loadContracts() {
  const contracts = new Map();
  for (const tag of readdirSync(new URL('./src/components/', import.meta.url))) {
    const file = new URL(`./src/components/${tag}/${tag}.options.ts`, import.meta.url);
    const module = await tsImport(file.href, import.meta.url).catch((error) => (error.code === 'ERR_MODULE_NOT_FOUND' ? undefined : Promise.reject(error)));
    if (!module) continue;
    const attributes = module[`${camel(tag)}Attributes`];
    if (!attributes) throw new Error(`${tag}.options.ts exports no ${camel(tag)}Attributes`);
    contracts.set(tag, attributes);
  }
  const { THEMES } = await tsImport(new URL('./src/base/kerjasama-base.ts', import.meta.url).href, import.meta.url);
  return { contracts, theme: { values: THEMES } };
}

const { contracts, theme } = await loadContracts();

/** Event name → the class that carries it (`src/events.ts`: each class has a static `eventName`). */
async function loadEventClasses() {
  const events = await tsImport(new URL('./src/events.ts', import.meta.url).href, import.meta.url);
  return new Map(Object.entries(events).filter(([, value]) => typeof value === 'function' && typeof value.eventName === 'string').map(([name, value]) => [value.eventName, name]));
}

const eventClasses = await loadEventClasses();

/** A source path as the manifest finds it (`src/x.ts`, `/src/x.js`) → the published file (`dist/x.js`). */
const published = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');

/** The modules a user can import: each element's class module, the package entry and the base classes it exports. */
const PUBLIC_MODULE = /^src\/(components\/([^/]+)\/\2|components\/index|base\/kerjasama-(base|element))\.ts$/;


/** `'a' | 'b'`, or `1 | 2` for numbers: the attribute's type in the manifest, and so in editors and Storybook. */
const union = (values) => values.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(' | ');

export default {
  globs: ['src/components/**/*.ts', 'src/base/*.ts'],
  exclude: ['src/**/*.view.ts', 'src/**/*.options.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      // Each event's type is its class from src/events.ts, so that framework types generated from
      // the manifest (scripts/build-integrations.ts) give handlers a typed `detail`.
      name: 'kerjasama-typed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            for (const event of decl.events ?? []) {
              if (!event.name) continue;
              const type = eventClasses.get(event.name);
              if (!type) throw new Error(`${mod.path}: event "${event.name}" has no class in src/events.ts`);
              event.type = { text: type, references: [{ name: type, module: 'dist/events.js' }] };
            }
          }
        }
      },
    },
    {
      // Events are documented with @fires; drop the nameless entries inferred from
      // `dispatchEvent(new KjSelectEvent(…))`.
      name: 'kerjasama-named-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name);
          }
        }
      },
    },
    {
      // An enumerated attribute's type is the union of the values its contract allows, so that
      // the manifest (and what reads it: editors, Storybook) never lists values by hand.
      name: 'kerjasama-attribute-contracts',
      packageLinkPhase({ customElementsManifest }) {
        const typed = new Set();
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (!decl.customElement || !decl.tagName) continue;
            const contract = { theme, ...contracts.get(decl.tagName) };
            for (const attribute of decl.attributes ?? []) {
              // The analyzer cannot read an attribute name passed to choiceProperty() and
              // lists the field's name instead (`citationStyle`): the contract's name is right.
              const named = Object.keys(contract).find((name) => camel(name) === attribute.fieldName && name !== attribute.name);
              if (named && !contract[attribute.name]) {
                attribute.name = named;
                const field = decl.members?.find((m) => m.kind === 'field' && m.name === attribute.fieldName);
                if (field) field.attribute = named;
              }
              const allowed = contract[attribute.name];
              if (!allowed) continue;
              // Free text with keywords (a heading, or "none") is any string, its keywords named.
              const type = { text: allowed.keywords ? `${union(allowed.keywords)} | string` : union(allowed.values) };
              attribute.type = type;
              const member = decl.members?.find((m) => m.kind === 'field' && m.name === attribute.fieldName);
              if (member) member.type = type;
              typed.add(`${decl.tagName} ${attribute.name}`);
            }
          }
        }
        // A contract naming an attribute its element lacks is a typo: fail rather than drop it.
        for (const [tag, attributes] of contracts) {
          for (const name of Object.keys(attributes)) {
            if (!typed.has(`${tag} ${name}`)) throw new Error(`${tag}.options.ts: <${tag}> has no attribute "${name}" in the manifest`);
          }
        }
      },
    },
    {
      // What a user of the package sees: only the modules they can import, at the paths the
      // tarball has (dist/*.js, not src/*.ts), only public members, and one module per define
      // entry saying which tag it registers. Runs last: the plugins above read the source paths.
      name: 'kerjasama-published-api',
      packageLinkPhase({ customElementsManifest }) {
        const manifest = customElementsManifest;
        const elements = [];
        manifest.modules = manifest.modules.filter((mod) => PUBLIC_MODULE.test(mod.path));
        for (const mod of manifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.members) decl.members = decl.members.filter((m) => (m.privacy ?? 'public') === 'public' && !/^[_#]/.test(m.name));
            for (const attribute of decl.attributes ?? []) {
              // An attribute's value is never `undefined` (that is its absence).
              if (attribute.type?.text) attribute.type.text = attribute.type.text.replace(/\s*\|\s*undefined\b/g, '');
              const field = decl.members?.find((m) => m.kind === 'field' && m.name === attribute.fieldName);
              if (!attribute.type?.text && field?.type) attribute.type = { text: field.type.text.replace(/\s*\|\s*undefined\b/g, '') };
            }
            if (decl.customElement && decl.tagName) elements.push({ tag: decl.tagName, name: decl.name, module: published(mod.path) });
          }
        }
        // Every `module` reference and path, at its published file (a relative one, from a
        // re-export, resolved against its module first).
        const rewrite = (node, from) => {
          if (Array.isArray(node)) return node.forEach((item) => rewrite(item, from));
          if (!node || typeof node !== 'object') return;
          for (const [key, value] of Object.entries(node)) {
            if ((key === 'module' || key === 'path') && typeof value === 'string') {
              node[key] = published(value.startsWith('.') ? posix.join(posix.dirname(from), value) : value);
            } else rewrite(value, from);
          }
        };
        for (const mod of manifest.modules) rewrite(mod, mod.path);
        // The define entries (`kerjasama/define/<tag>.js`): the tag each registers, and the class it re-exports.
        for (const tag of readdirSync(new URL('./src/define/', import.meta.url)).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3))) {
          const element = elements.find((e) => e.tag === tag);
          if (!element) throw new Error(`src/define/${tag}.ts: no element class has the tag <${tag}>`);
          const declaration = { name: element.name, module: element.module };
          manifest.modules.push({
            kind: 'javascript-module',
            path: `dist/define/${tag}.js`,
            declarations: [],
            exports: [
              { kind: 'custom-element-definition', name: tag, declaration },
              { kind: 'js', name: element.name, declaration },
            ],
          });
        }
      },
    },
  ],
};
