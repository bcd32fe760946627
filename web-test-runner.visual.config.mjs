// Visual regression (npm run test:visual): each element's main states compared with the
// references in docs/screenshots/<tag>/, which double as the documentation's screenshots
// (`npm run screenshots`, or UPDATE_VISUAL=1 with this config, rewrites them). Apart from
// `npm test` because pixels depend on the machine's fonts and Chromium build: the references are
// from Debian's Chromium with fonts-liberation and fonts-dejavu-core, as .ci/run installs them.
// A failed comparison leaves the new image and a diff in test/visual/failed/ (not committed).
import { resolve } from 'node:path';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  files: ['test/visual/**/*.visual.ts'],
  // VISUAL_ONLY=<tag> (`npm run screenshots -- --only <tag>`): that element's states only (the
  // test reads it; mocha's grep would count the others as failed).
  testRunnerHtml: (framework) =>
    `<!doctype html><html><body><script>window.VISUAL_ONLY = ${JSON.stringify(process.env.VISUAL_ONLY ?? '')};</script><script type="module" src="${framework}"></script></body></html>`,
  plugins: [
    ...base.plugins,
    visualRegressionPlugin({
      baseDir: 'docs/screenshots',
      update: process.env.UPDATE_VISUAL === '1',
      getBaselineName: ({ name }) => name,
      getFailedName: ({ name }) => resolve('test/visual/failed', name),
      getDiffName: ({ name }) => resolve('test/visual/failed', `${name}-diff`),
      // Anti-aliasing may differ by a few pixels; a change of look moves far more than 0.5 %.
      diffOptions: { threshold: 0.1 },
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
};
