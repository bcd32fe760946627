/**
 * What editors and frameworks read, generated from custom-elements.json (run by `npm run
 * build:bundles`, after `npm run analyze`), into dist/integrations/:
 * - react.d.ts: React 19's `React.JSX.IntrinsicElements` for every element, with typed `onkj-*`
 *   handlers (`import type {} from 'kerjasama/react'`);
 * - vue.d.ts: Vue's `GlobalComponents`, for vue-tsc and Volar (`import type {} from 'kerjasama/vue'`);
 * - vscode.html-custom-data.json: VS Code's HTML custom data (`html.customData`);
 * - web-types.json: JetBrains web-types (package.json's `web-types` points at it).
 * - sanitizers.js (`kerjasama/sanitizers`) and allow-list.json: the tags and attributes that
 *   DOMPurify, sanitize-html and WordPress's kses must let through, for the elements marked
 *   of src/elements.ts but the provider, each with its attributes from the manifest;
 * react.js and vue.js are empty modules, so that the type entries also import at run time.
 * It also writes each attribute as an `@attr` tag into the JSDoc of its element's class in
 * dist/types, where lit-analyzer and web-component-analyzer look for attributes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELEMENTS, ELEMENT_TAGS } from '../src/elements.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist/integrations');

interface Described {
  name: string;
  description?: string;
  summary?: string;
  deprecated?: string | boolean;
  type?: { text: string };
}
interface Attribute extends Described {
  fieldName?: string;
}
interface Member extends Described {
  kind: 'field' | 'method';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  privacy?: string;
}
interface Declaration extends Described {
  customElement?: boolean;
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

export interface ElementInfo {
  tag: string;
  className: string;
  module: string;
  description: string;
  attributes: Attribute[];
  /** Public, writable properties with no attribute (e.g. `<kerjasama-data>.data`). */
  properties: Member[];
  events: Described[];
}

/** The elements of a manifest, in its order. */
export function elementsOf(manifest: Manifest): ElementInfo[] {
  return manifest.modules.flatMap((mod) =>
    (mod.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => ({
        tag: d.tagName!,
        className: d.name,
        module: mod.path,
        description: [d.summary, d.description].filter(Boolean).join('\n\n'),
        attributes: d.attributes ?? [],
        properties: (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && !m.attribute && (m.privacy ?? 'public') === 'public'),
        events: (d.events ?? []).filter((e) => e.name),
      })),
  );
}

/** A type text made only of literals and primitive types, safe to write as is. */
const SELF_CONTAINED = /^\s*(?:'[^']*'|-?\d+(?:\.\d+)?|string|number|boolean)(?:\s*\|\s*(?:'[^']*'|-?\d+(?:\.\d+)?|string|number|boolean))*\s*$/;

/** The literal values of a union such as `'card' | 'chip'` or `1 | 2`, without `''` ("not set"); none for open types. */
export function enumValues(type: string | undefined): string[] {
  if (!type || !SELF_CONTAINED.test(type)) return [];
  const parts = type.split('|').map((p) => p.trim());
  if (parts.some((p) => p === 'string' || p === 'number' || p === 'boolean')) return [];
  return parts.map((p) => p.replace(/^'(.*)'$/, '$1')).filter((v) => v !== '');
}

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const doc = (text: string | undefined, indent: string) =>
  text ? `${indent}/**\n${text.split('\n').map((line) => `${indent} * ${line.replace(/\*\//g, '*\\/')}`.trimEnd()).join('\n')}\n${indent} */\n` : '';
const quoteKey = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const typeOf = (el: ElementInfo, text: string | undefined, field: string | undefined) =>
  text && SELF_CONTAINED.test(text) ? text : field ? `${el.className}['${field}']` : 'string';
/** An attribute no framework may be given: React and Vue keep `ref` for themselves (the badge's old name). */
const forFrameworks = (a: Attribute) => !a.deprecated && a.name !== 'ref' && a.name !== 'key';
const eventClasses = (elements: ElementInfo[]) => [...new Set(elements.flatMap((el) => el.events.map((e) => e.type?.text).filter((t): t is string => !!t)))];

const HEADER = '// Generated from custom-elements.json by scripts/build-integrations.ts: do not edit.\n';

export function reactTypes(elements: ElementInfo[]): string {
  const imports = [...elements.map((el) => el.className), ...eventClasses(elements)];
  let out = `${HEADER}/* eslint-disable */\nimport type { DetailedHTMLProps, HTMLAttributes } from 'react';\nimport type { ${imports.join(', ')} } from 'kerjasama';\n\n`;
  out += `/** React's own props for an HTML element (\`className\`, \`style\`, \`children\`, \`ref\`…), typed to the element's class. */\ntype ElementProps<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & Own;\n\n`;
  for (const el of elements) {
    out += `/** The props of \`<${el.tag}>\` in JSX: its attributes, properties and \`onkj-*\` events. */\nexport interface ${el.className}JsxProps {\n`;
    for (const a of el.attributes.filter(forFrameworks)) out += `${doc(a.description, '  ')}  ${quoteKey(a.name)}?: ${typeOf(el, a.type?.text, a.fieldName)};\n`;
    for (const p of el.properties) out += `${doc(p.description, '  ')}  ${quoteKey(p.name)}?: ${el.className}['${p.name}'];\n`;
    for (const e of el.events) out += `${doc(e.description, '  ')}  'on${e.name}'?: (event: ${e.type?.text ?? 'Event'}) => void;\n`;
    out += `}\n\n`;
  }
  out += `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const el of elements) out += `${doc(el.description.split('\n\n')[0], '      ')}      '${el.tag}': ElementProps<${el.className}, ${el.className}JsxProps>;\n`;
  out += `    }\n  }\n}\n`;
  return out;
}

export function vueTypes(elements: ElementInfo[]): string {
  const imports = [...elements.map((el) => el.className), ...eventClasses(elements)];
  let out = `${HEADER}/* eslint-disable */\nimport type { DefineComponent } from 'vue';\nimport type { ${imports.join(', ')} } from 'kerjasama';\n\n`;
  for (const el of elements) {
    out += `/** The props of \`<${el.tag}>\` in a Vue template (\`heading-level\` or \`headingLevel\`; \`@kj-select\` is \`onKjSelect\`). */\nexport interface ${el.className}VueProps {\n`;
    for (const a of el.attributes.filter(forFrameworks)) out += `${doc(a.description, '  ')}  ${camel(a.name)}?: ${typeOf(el, a.type?.text, a.fieldName)};\n`;
    for (const p of el.properties) out += `${doc(p.description, '  ')}  ${p.name}?: ${el.className}['${p.name}'];\n`;
    for (const e of el.events) out += `${doc(e.description, '  ')}  ${camel(`on-${e.name}`)}?: (event: ${e.type?.text ?? 'Event'}) => void;\n`;
    out += `}\n\n`;
  }
  out += `declare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const el of elements) out += `    '${el.tag}': DefineComponent<${el.className}VueProps>;\n`;
  out += `  }\n}\n`;
  return out;
}

/** VS Code's HTML custom data (https://github.com/microsoft/vscode-custom-data). */
export function vscodeData(elements: ElementInfo[]) {
  return {
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tag,
      description: el.description,
      attributes: el.attributes.map((a) => {
        const values = enumValues(a.type?.text);
        const description = a.deprecated ? `Deprecated: ${typeof a.deprecated === 'string' ? a.deprecated : ''} ${a.description ?? ''}`.trim() : a.description;
        return {
          name: a.name,
          ...(description ? { description } : {}),
          ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : values.length ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

/** JetBrains web-types (https://github.com/JetBrains/web-types). */
export function webTypes(elements: ElementInfo[], pkg: { name: string; version: string }) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tag,
          description: el.description,
          source: { module: `./${el.module}`, symbol: el.className },
          attributes: el.attributes.map((a) => {
            const values = enumValues(a.type?.text);
            return {
              name: a.name,
              ...(a.description ? { description: a.description } : {}),
              ...(a.deprecated ? { deprecated: true } : {}),
              value: a.type?.text === 'boolean' ? { type: 'boolean', required: false } : { type: a.type?.text ?? 'string', required: false },
              ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          js: {
            properties: el.properties.map((p) => ({ name: p.name, ...(p.description ? { description: p.description } : {}), value: { type: p.type?.text ?? 'unknown' } })),
            events: el.events.map((e) => ({ name: e.name, ...(e.description ? { description: e.description } : {}), value: { type: e.type?.text ?? 'Event' } })),
          },
          events: el.events.map((e) => ({ name: e.name, ...(e.description ? { description: e.description } : {}) })),
        })),
      },
    },
  };
}

/**
 * The elements an author without script rights may write: all but the dataset provider, whose
 * `src` makes readers' browsers fetch from whatever address the author chooses.
 */
export const SANITIZER_TAGS = ELEMENT_TAGS.filter((tag) => !('provider' in ELEMENTS[tag]));

/** Attributes a sanitiser keeps on any element it allows (and the elements read `lang` and `dir`); never `id`, `style` or `on*`. */
export const SHARED_ATTRIBUTES = ['class', 'dir', 'lang', 'title'] as const;

/** Tag → the attributes a sanitiser must keep on it, for the elements authors may write. */
export function allowList(elements: ElementInfo[], tags: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(
    tags.map((tag) => {
      const el = elements.find((e) => e.tag === tag);
      if (!el) throw new Error(`<${tag}> is not in custom-elements.json`);
      return [tag, [...new Set([...el.attributes.map((a) => a.name), ...SHARED_ATTRIBUTES])]];
    }),
  );
}

/** `kerjasama/sanitizers`: the allow-list, and configurations for DOMPurify and sanitize-html. */
export function sanitizersModule(list: Record<string, string[]>): { js: string; dts: string } {
  const js = `${HEADER}/** Tag → the attributes a sanitiser must keep on it (also in allow-list.json). */
export const allowedAttributes = {
${Object.entries(list)
  .map(([tag, attributes]) => `  '${tag}': [${attributes.map((a) => `'${a}'`).join(', ')}],`)
  .join('\n')}
};

/** The tags. */
export const allowedTags = Object.keys(allowedAttributes);

const allows = (tag, attribute) => Object.hasOwn(allowedAttributes, tag) && allowedAttributes[tag].includes(attribute);

/** For DOMPurify: \`DOMPurify.sanitize(html, dompurify)\`; each element with its own attributes only. */
export const dompurify = {
  CUSTOM_ELEMENT_HANDLING: {
    tagNameCheck: (tag) => Object.hasOwn(allowedAttributes, tag),
    attributeNameCheck: (attribute, tag) => allows(tag, attribute),
    allowCustomizedBuiltInElements: false,
  },
};

/** For sanitize-html, to add to its defaults (see the README). */
export const sanitizeHtml = { allowedTags, allowedAttributes };
`;
  const dts = `${HEADER}/** Tag → the attributes a sanitiser must keep on it (also in allow-list.json). */
export declare const allowedAttributes: {
${Object.entries(list)
  .map(([tag, attributes]) => `  readonly '${tag}': readonly (${attributes.map((a) => `'${a}'`).join(' | ')})[];`)
  .join('\n')}
};
/** The tags. */
export declare const allowedTags: readonly (keyof typeof allowedAttributes)[];
/** For DOMPurify: \`DOMPurify.sanitize(html, dompurify)\`; each element with its own attributes only. */
export declare const dompurify: {
  CUSTOM_ELEMENT_HANDLING: {
    tagNameCheck: (tag: string) => boolean;
    attributeNameCheck: (attribute: string, tag?: string) => boolean;
    allowCustomizedBuiltInElements: false;
  };
};
/** For sanitize-html, to add to its defaults (see the README). */
export declare const sanitizeHtml: { allowedTags: string[]; allowedAttributes: Record<string, string[]> };
`;
  return { js, dts };
}

/**
 * The class's JSDoc in its declaration file with an `@attr {type} name - description` line per
 * attribute (and the type on each `@fires`), unless it already has them.
 */
export function withAttrTags(declarations: string, el: ElementInfo): string {
  const classAt = declarations.indexOf(`export declare class ${el.className} `);
  const end = declarations.lastIndexOf(' */\n', classAt);
  if (classAt < 0 || end < 0 || declarations.slice(end, classAt).trim() !== '*/') throw new Error(`no JSDoc on class ${el.className} in its declaration file`);
  const oneLine = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const lines = el.attributes.map((a) => ` * @attr {${a.type?.text ?? 'string'}} ${a.name} - ${a.deprecated ? 'Deprecated. ' : ''}${oneLine(a.description)}`);
  let head = declarations.slice(0, end);
  for (const e of el.events) if (e.type) head = head.replace(new RegExp(`@fires ${e.name.replace(/[-]/g, '\\-')}\\b`), `@fires {${e.type.text}} ${e.name}`);
  if (head.includes('@attr ')) return declarations;
  return `${head}${lines.map((l) => `${l}\n`).join('')}${declarations.slice(end)}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as Manifest;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const elements = elementsOf(manifest);
  if (!elements.length) throw new Error('custom-elements.json lists no element: run `npm run analyze` first');
  mkdirSync(outDir, { recursive: true });
  const empty = `${HEADER}// Types only: import type {} from this module.\nexport {};\n`;
  writeFileSync(join(outDir, 'react.d.ts'), reactTypes(elements));
  writeFileSync(join(outDir, 'react.js'), empty);
  writeFileSync(join(outDir, 'vue.d.ts'), vueTypes(elements));
  writeFileSync(join(outDir, 'vue.js'), empty);
  writeFileSync(join(outDir, 'vscode.html-custom-data.json'), JSON.stringify(vscodeData(elements), null, 2) + '\n');
  writeFileSync(join(outDir, 'web-types.json'), JSON.stringify(webTypes(elements, pkg), null, 2) + '\n');
  const list = allowList(elements, SANITIZER_TAGS);
  const sanitizers = sanitizersModule(list);
  writeFileSync(join(outDir, 'sanitizers.js'), sanitizers.js);
  writeFileSync(join(outDir, 'sanitizers.d.ts'), sanitizers.dts);
  writeFileSync(
    join(outDir, 'allow-list.json'),
    JSON.stringify({ $comment: 'Generated by kerjasama: the tags, and each one\'s attributes, that an HTML sanitiser (DOMPurify, sanitize-html, WordPress kses) must keep. See the README, "Sanitisers".', elements: list }, null, 2) + '\n',
  );
  for (const el of elements) {
    const file = join(root, el.module.replace(/^dist\//, 'dist/types/').replace(/\.js$/, '.d.ts'));
    writeFileSync(file, withAttrTags(readFileSync(file, 'utf8'), el));
  }
  console.log(`dist/integrations: React, Vue, VS Code and JetBrains data for ${elements.length} elements; sanitiser allow-lists for ${SANITIZER_TAGS.length}`);
}
