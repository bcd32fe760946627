/**
 * The public design tokens: each `--kj-*` custom property a page may set, with its default in
 * the light and dark themes. Documentation data only (the Storybook theming page renders it and
 * a test checks it against what the elements compute); the values themselves live in theme.ts,
 * which no element bundle reads this module for.
 */
export interface DesignToken {
  name: `--kj-${string}`;
  /** The private property the elements' styles read (theme.ts). */
  internal: `--_${string}`;
  group: 'colour' | 'type' | 'space' | 'shape';
  light: string;
  /** The dark theme's default, when it differs from the light one. */
  dark?: string;
  description: string;
}

// system-ui is the platform's UI font in every browser the elements support (it is what the
// longer stacks of -apple-system, Segoe UI, Roboto… spelled out); sans-serif if it is missing.
export const SYSTEM_FONT_STACK = 'system-ui, sans-serif';

export const DESIGN_TOKENS: readonly DesignToken[] = [
  { name: '--kj-color-background', internal: '--_bg', group: 'colour', light: '#ffffff', dark: '#16191d', description: 'Background of popovers and form fields.' },
  { name: '--kj-color-surface', internal: '--_surface', group: 'colour', light: '#f6f7f9', dark: '#22262c', description: 'Background of cards, the filter bar and buttons.' },
  { name: '--kj-color-text', internal: '--_text', group: 'colour', light: '#1b1f24', dark: '#eef0f3', description: 'Body text (AA on background and surface).' },
  { name: '--kj-color-muted', internal: '--_muted', group: 'colour', light: '#4d5560', dark: '#b5bcc6', description: 'Secondary text: dates, labels, counts (AA).' },
  { name: '--kj-color-border', internal: '--_border', group: 'colour', light: '#858d97', dark: '#7b848f', description: 'Borders and rules (3:1 against the background).' },
  { name: '--kj-color-accent', internal: '--_accent', group: 'colour', light: '#0b5cad', dark: '#8cc4ff', description: 'Links, chips, badges and the selected item.' },
  { name: '--kj-color-accent-contrast', internal: '--_accent-text', group: 'colour', light: '#ffffff', dark: '#0b1420', description: 'Text on an accent background.' },
  { name: '--kj-color-focus', internal: '--_focus', group: 'colour', light: '#b3125f', dark: '#ffb3d9', description: 'The focus ring (3 px, 3 px away from what it surrounds).' },
  { name: '--kj-color-danger', internal: '--_danger', group: 'colour', light: '#a4161a', dark: '#ff9c9c', description: 'The edge of an error message (a neutral status uses the border colour).' },
  { name: '--kj-font-family', internal: '--_font', group: 'type', light: SYSTEM_FONT_STACK, description: "Font of every element; set it to your page's font to match it." },
  { name: '--kj-space', internal: '--_space', group: 'space', light: '0.5rem', description: 'The spacing unit: half of it between list items, twice it between consecutive elements.' },
  { name: '--kj-radius', internal: '--_radius', group: 'shape', light: '6px', description: 'Corner radius of cards, popovers, fields and buttons.' },
];
