/**
 * Design tokens. Page authors theme elements with these `--kj-*` custom properties (documented
 * on each element); `theme="light|dark|auto"` picks the defaults, `auto` following the enclosing
 * `<kerjasama-data theme>`, else the page around the element (src/controllers/page-theme.ts).
 * All text/background pairs meet WCAG AA in both themes.
 */
import { css } from 'lit';

const light = css`
  --_bg: var(--kj-color-background, #ffffff);
  --_surface: var(--kj-color-surface, #f6f7f9);
  --_text: var(--kj-color-text, #1b1f24);
  --_muted: var(--kj-color-muted, #4d5560);
  --_border: var(--kj-color-border, #8a929c);
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
// line height, hidden visibility, odd spacing) still flow in through the host. The page's font
// family and a readable size still pass.
// (Comments inside css`` ship to every page, so they live out here.)
export const themeStyles = css`
  :host {
    ${light}
    --_font: var(--kj-font-family, inherit);
    --_radius: var(--kj-radius, 6px);
    --_space: var(--kj-space, 0.5rem);
    color-scheme: light;
  }
  :host(:is([theme='dark'], :state(dark):not([theme='light']))) {
    ${dark}
    color-scheme: dark;
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
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .message {
    display: block;
    padding: var(--_space);
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface);
    color: var(--_text);
  }
  button {
    font: inherit;
    color: inherit;
  }
`;
