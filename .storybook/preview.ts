import type { Preview } from '@storybook/web-components-vite';
import '../src/cdn.js';

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    lang: {
      description: 'Page language',
      toolbar: { title: 'Language', items: [{ value: 'en', title: 'English' }, { value: 'id', title: 'Bahasa Indonesia' }] },
    },
  },
  initialGlobals: { lang: 'en' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = (context.globals.lang as string) ?? 'en';
      return story();
    },
  ],
};

export default preview;
