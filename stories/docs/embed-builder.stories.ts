import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { EmbedCodeBuilder } from '../../src/embed/embed-code-builder.js';

// A docs tool, not part of the drop-in script: registered here rather than in src/cdn.ts.
EmbedCodeBuilder.define('kerjasama-embed-builder');

interface BuilderArgs {
  embedUrl: string;
}

const meta: Meta<BuilderArgs> = {
  title: 'Guides/Embed code builder',
  parameters: {
    docs: {
      description: {
        component:
          'Pick an element and its attributes, see it live, and copy the snippet: the drop-in script with the element, or an iframe on the embed page for hosts that allow only iframes. Values are checked against the same allow-list the embed page uses; a value of the wrong form is named and left out.',
      },
    },
  },
  argTypes: {
    embedUrl: { name: 'embed-url', control: 'text', description: 'The URL of your copy of `dist/embed/embed.html`, used in the iframe snippet.' },
  },
  args: { embedUrl: 'https://your-site.example/kerjasama/embed.html' },
  render: (a) => html`<kerjasama-embed-builder embed-url=${a.embedUrl}></kerjasama-embed-builder>`,
};
export default meta;

type Story = StoryObj<BuilderArgs>;

export const Builder: Story = {};
