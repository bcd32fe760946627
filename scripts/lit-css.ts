/**
 * Minifies the CSS inside Lit's css`…` templates of our sources (comments, indentation, spaces
 * around punctuation): esbuild and Rolldown minify the JavaScript but leave template text as
 * written. One transform for the shipped browser builds (vite.config.ts) and for the bundles that
 * scripts/check-sizes.ts measures, so that the budgets count what ships.
 * Interpolations (`${…}`) and quoted strings are copied as they are.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';
import { minifyLitCss } from './lit-css-minify.js';

const SOURCE = /[\\/]src[\\/].*\.ts$/;

/** For the vite browser builds. */
export function litCssVite(): VitePlugin {
  return {
    name: 'kerjasama-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!SOURCE.test(id) || !code.includes('css`')) return null;
      return { code: minifyLitCss(code), map: null };
    },
  };
}

/** For scripts/check-sizes.ts's esbuild bundles. */
export function litCssEsbuild(): EsbuildPlugin {
  return {
    name: 'kerjasama-lit-css',
    setup(b) {
      b.onLoad({ filter: SOURCE }, async (args) => {
        // Returned either way: esbuild would otherwise read the file a second time.
        const code = await readFile(args.path, 'utf8');
        return { contents: code.includes('css`') ? minifyLitCss(code) : code, loader: 'ts' };
      });
    },
  };
}
