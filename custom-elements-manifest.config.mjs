// Custom-elements manifest (custom-elements.json), generated from JSDoc on the element classes.
import { readdirSync } from 'node:fs';
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

/** `'a' | 'b'`, or `1 | 2` for numbers: the attribute's type in the manifest, and so in editors and Storybook. */
const union = (values) => values.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(' | ');

export default {
  globs: ['src/components/**/*.ts', 'src/base/*.ts'],
  exclude: ['src/**/*.view.ts', 'src/**/*.options.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
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
              const type = { text: union(allowed.values) };
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
  ],
};
