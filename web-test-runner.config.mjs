// Browser tests in Debian's headless Chromium (no browser download): CHROME_PATH or /usr/bin/chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { faultServerPlugin } from './test/support/fault-server.mjs';
import { heapCommandPlugin } from './test/support/heap-command.mjs';
import { ssrCommandPlugin } from './test/support/ssr-command.mjs';
import { shardServerPlugin } from './test/support/shard-server.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), faultServerPlugin(), heapCommandPlugin(), ssrCommandPlugin(), shardServerPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--lang=en-US',
        ],
        env: { ...process.env, TZ: 'UTC' },
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
