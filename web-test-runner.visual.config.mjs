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
