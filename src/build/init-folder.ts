/**
 * `kerjasama data init <folder> [--format yaml|csv]`: a new folder for `kerjasama data build`,
 * copied from the package's example (data/example, or data/example/csv). Every YAML template's
 * first line names the JSON Schema of its file for the YAML language server (VS Code's YAML
 * extension, JetBrains IDEs, Neovim…), which then completes and checks fields. Node only.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the package publishes the JSON Schema of each record file (built by scripts/build-data.ts). */
export const recordSchemaUrl = (kind: string) => `https://unpkg.com/kerjasama/dist/data/schemas/${kind}.schema.json`;

export const INIT_FORMATS = ['yaml', 'csv'] as const;
export type InitFormat = (typeof INIT_FORMATS)[number];

/** The line a YAML template starts with. */
export const schemaLine = (kind: string) => `# yaml-language-server: $schema=${recordSchemaUrl(kind)}`;

export class InitError extends Error {}

/**
 * Copies the example folder of `format` into `target` (created if missing).
 * @returns the files written, relative to `target`
 * @throws InitError when `target` is a file or a folder that is not empty
 */
export function initFolder(target: string, format: InitFormat, exampleDir: string): string[] {
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new InitError('is a file, not a folder');
    if (readdirSync(target).length) throw new InitError('is not empty: give a new or empty folder (nothing was changed)');
  }
  const from = format === 'csv' ? join(exampleDir, 'csv') : exampleDir;
  const written: string[] = [];
  for (const sub of ['records', 'sources']) {
    mkdirSync(join(target, sub), { recursive: true });
    for (const name of readdirSync(join(from, sub))) {
      const source = join(from, sub, name);
      if (!statSync(source).isFile()) continue;
      const kind = name.replace(/\.yaml$/, '');
      if (name.endsWith('.yaml')) {
        // The example's files carry the line already; a template never has it twice.
        const text = readFileSync(source, 'utf8');
        writeFileSync(join(target, sub, name), text.startsWith('# yaml-language-server:') ? text : `${schemaLine(kind)}\n${text}`);
      } else copyFileSync(source, join(target, sub, name));
      written.push(`${sub}/${name}`);
    }
  }
  return written;
}
