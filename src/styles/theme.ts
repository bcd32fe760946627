/**
 * Design tokens. Page authors theme elements with these `--kj-*` custom properties (listed with
 * their defaults in tokens.ts, which the Storybook theming page renders); `theme="light|dark|auto"`
 * picks the defaults, `auto` following the enclosing `<kerjasama-data theme>`, else the page
 * around the element (src/controllers/page-theme.ts). All text/background pairs meet WCAG AA in
 * both themes. Elements take colours, font, radius, spacing and type scale only from the
 * private `--_*` names below, so one set of values styles them all.
 */
import { css } from 'lit';

const light = css`
  --_bg: var(--kj-color-background, #ffffff);
  --_surface: var(--kj-color-surface, #f6f7f9);
  --_text: var(--kj-color-text, #1b1f24);
  --_muted: var(--kj-color-muted, #4d5560);
  --_border: var(--kj-color-border, #858d97);
  --_accent: var(--kj-color-accent, #0b5cad);
  --_accent-text: var(--kj-color-accent-contrast, #ffffff);
  --_focus: var(--kj-color-focus, #b3125f);
  --_danger: var(--kj-color-danger, #a4161a);
`;
const dark = css`
  --_bg: var(--kj-color-background, #16191d);
  --_surface: var(--kj-color-surface, #22262c);
  --_text: var(--kj-color-text, #eef0f3);
  --_muted: var(--kj-color-muted, #b5bcc6);
  --_border: var(--kj-color-border, #7b848f);
  --_accent: var(--kj-color-accent, #8cc4ff);
  --_accent-text: var(--kj-color-accent-contrast, #0b1420);
  --_focus: var(--kj-color-focus, #ffb3d9);
  --_danger: var(--kj-color-danger, #ff9c9c);
`;

// :state(dark|light) is the theme an element left on auto follows (its provider's, else the page's). It sits
// inside :is(), whose list is forgiving: a browser without :state() keeps the rest of each rule.
// .kj-root shields internals from inherited page styles that would break reading: page
// selectors cannot reach into the shadow root, but inherited values (a universal tiny font, zero
// line height, hidden visibility, odd spacing) still flow in through the host. A readable size
// still passes; the family is the stack below (badges and chips take their sentence's).
// A block element followed by anything keeps a gap below it (a card above a card); on inline
// ones (badge, chip) a block margin does nothing. Being on :host, any page rule overrides it.
// The font is a system sans-serif stack unless --kj-font-family names another (the browser's
// serif default is what a page that sets no font would otherwise give).
// An author's theme="light" or "dark" asks for those colours on any page: the element paints its
// own background then, or its text would vanish on a page of the other kind.
// What the elements' content adds (focus ring, visually hidden text, messages) is in theme-content.ts:
// a first paint needs none of it, and the chart's eager entry carries only what its placeholder uses.
// (Comments inside css`` ship to every page, so they live out here.)
export const themeStyles = css`
  :host {
    ${light}
    --_font: var(--kj-font-family, system-ui, sans-serif);
    --_radius: var(--kj-radius, 6px);
    --_space: var(--kj-space, 0.5rem);
    --_space-xs: calc(var(--_space) / 2);
    --_space-l: calc(var(--_space) * 2);
    --_weight-strong: 600;
    --_leading: 1.45;
    --_text-heading: 1.2em;
    color-scheme: light;
  }
  :host(:not(:last-child)) {
    margin-block-end: var(--_space-l);
  }
  :host(:is([theme='dark'], :state(dark):not([theme='light']))) {
    ${dark}
    color-scheme: dark;
  }
  :host([theme='light']),
  :host([theme='dark']) {
    background: var(--_bg);
  }
  :host([hidden]) {
    display: none !important;
  }
  .kj-root {
    font-family: var(--_font);
    font-size: max(1em, 12px);
    line-height: normal;
    visibility: visible;
    white-space: normal;
    font-style: normal;
    color: var(--_text);
    letter-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    word-spacing: normal;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    color: inherit;
  }
`;
