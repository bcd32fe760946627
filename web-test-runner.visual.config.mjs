// Visual regression (npm run test:visual): screenshots of each element compared with the
// references in test/visual/screenshots/ (UPDATE_VISUAL=1 rewrites them). Apart from `npm test`
// because pixels depend on the machine's fonts and Chromium build: the references are from
// Debian's Chromium with its default fonts (fonts-liberation, fonts-dejavu), as on CI.
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  files: ['test/visual/**/*.visual.ts'],
  plugins: [
    ...base.plugins,
    visualRegressionPlugin({
      baseDir: 'test/visual/screenshots',
      update: process.env.UPDATE_VISUAL === '1',
      // Anti-aliasing may differ by a few pixels; a change of look moves far more than 0.5 %.
      diffOptions: { threshold: 0.1 },
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
};
