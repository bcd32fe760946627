import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The dataset builder page, built by `vite build --mode builder` (the storybook scripts run it
  // first), served as it is at ./builder/ beside the docs.
  staticDirs: [{ from: '../dist/builder', to: '/builder' }],
  // The gallery is served by `npm start`, not by Storybook.
  viteFinal: async (cfg) => ({ ...cfg, root: undefined }),
};

export default config;
