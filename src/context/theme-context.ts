/**
 * The theme context: `<kerjasama-data theme>` provides its theme; every element consumes it and,
 * when its own `theme` is `auto`, follows it. Keyed by `Symbol.for` like the dataset context.
 */
import { createContext } from '@lit/context';
import type { Theme } from '../base/kerjasama-base.js';

export const themeContext = createContext<Theme>(Symbol.for('kerjasama.theme-context'));
