/**
 * A web-test-runner plugin adding the server command `ssr-render`: renders an element in Node
 * with `renderElement` (src/ssr/render.ts, through tsx) and returns `{ html }` or `{ error }`, with
 * the console warnings of the render in `warnings`.
 * The browser cannot run @lit-labs/ssr; the SSR tests fetch the markup a static build would
 * write. Call it with `executeServerCommand('ssr-render', { tag, attributes, options })`.
 */
import { tsImport } from 'tsx/esm/api';

let renderer;

export function ssrCommandPlugin() {
  return {
    name: 'kerjasama-ssr-command',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      renderer ??= tsImport('../../src/ssr/render.ts', import.meta.url);
      const { renderElement } = await renderer;
      // The elements' console warnings (an unknown id) go back to the test, not to the runner's log.
      const warnings = [];
      const warn = console.warn;
      console.warn = (...args) => warnings.push(args.map(String).join(' '));
      try {
        return { html: await renderElement(payload.tag, payload.attributes, payload.options), warnings };
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error), warnings };
      } finally {
        console.warn = warn;
      }
    },
  };
}
