/**
 * React and Vue in the test browser, for the framework interop tests (dev-only dependencies).
 *
 * Both frameworks read `process.env.NODE_ENV`, which browsers lack: importing this module first
 * defines it (development builds, so the frameworks' own warnings and errors surface). Vue's
 * `import 'vue'` resolves to its ESM runtime build (`vue.runtime.esm-bundler.js`) and needs nothing
 * more. React 19 ships CommonJS only, which the test runner serves untransformed (no CommonJS
 * plugin), so `loadReact()` evaluates React's own CommonJS builds with a minimal `require`.
 */
import type * as ReactNS from 'react';
import type * as ReactDOMNS from 'react-dom';
import type * as ReactDOMClientNS from 'react-dom/client';

type FrameworkGlobals = {
  process?: { env: Record<string, string | undefined> };
  __VUE_OPTIONS_API__?: boolean;
  __VUE_PROD_DEVTOOLS__?: boolean;
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__?: boolean;
};
const g = globalThis as FrameworkGlobals;
g.process ??= { env: {} };
g.process.env.NODE_ENV ??= 'development';
// Vue's bundler build warns unless its compile-time flags are defined.
g.__VUE_OPTIONS_API__ ??= true;
g.__VUE_PROD_DEVTOOLS__ ??= false;
g.__VUE_PROD_HYDRATION_MISMATCH_DETAILS__ ??= false;

export interface ReactModules {
  React: typeof ReactNS;
  ReactDOM: typeof ReactDOMNS;
  ReactDOMClient: typeof ReactDOMClientNS;
}

/** Module id → the CommonJS file the package's entry point picks in development. */
const REACT_FILES: Record<string, string> = {
  react: '/node_modules/react/cjs/react.development.js',
  scheduler: '/node_modules/scheduler/cjs/scheduler.development.js',
  'react-dom': '/node_modules/react-dom/cjs/react-dom.development.js',
  'react-dom/client': '/node_modules/react-dom/cjs/react-dom-client.development.js',
};

let loaded: Promise<ReactModules> | undefined;

/** Loads React, ReactDOM and ReactDOM's client from node_modules (once per page). */
export function loadReact(): Promise<ReactModules> {
  loaded ??= (async () => {
    const sources = new Map<string, string>();
    await Promise.all(
      Object.entries(REACT_FILES).map(async ([id, url]) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
        sources.set(id, await response.text());
      }),
    );
    const cache = new Map<string, unknown>();
    const require = (id: string): unknown => {
      if (cache.has(id)) return cache.get(id);
      const source = sources.get(id);
      if (source === undefined) throw new Error(`React loader: unexpected require("${id}")`);
      const module = { exports: {} as unknown };
      cache.set(id, module.exports);
      // Our own files from node_modules, evaluated like a CommonJS loader would.
      const run = new Function('module', 'exports', 'require', 'process', `${source}\n//# sourceURL=${REACT_FILES[id]}`);
      run(module, module.exports, require, g.process);
      cache.set(id, module.exports);
      return module.exports;
    };
    return {
      React: require('react') as typeof ReactNS,
      ReactDOM: require('react-dom') as typeof ReactDOMNS,
      ReactDOMClient: require('react-dom/client') as typeof ReactDOMClientNS,
    };
  })();
  return loaded;
}

/** Records `console.error` calls (still printing them) while active. */
export function recordConsoleErrors() {
  const original = console.error;
  const messages: string[] = [];
  console.error = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return {
    messages,
    restore: () => {
      console.error = original;
    },
  };
}
