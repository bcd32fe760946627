import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Generated from the classes' JSDoc by `npm run analyze` (run before every Storybook build).
import manifest from '../custom-elements.json';
import '../src/cdn.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    options: { storySort: { order: ['Introduction', 'Guides', 'Elements', '*', 'Dataset'] } },
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    lang: {
      description: 'Page language',
      toolbar: {
        title: 'Language',
        items: [
          { value: 'en', title: 'English' },
          { value: 'id', title: 'Bahasa Indonesia' },
          { value: 'ja', title: '日本語' },
          { value: 'ko', title: '한국어' },
        ],
      },
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
