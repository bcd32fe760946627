/** Story controls read from the elements' attribute contracts (`<tag>.options.ts`), never re-typed. */
import type { InputType } from 'storybook/internal/types';
import type { Choice } from '../../src/base/attribute-contract.js';
import { THEMES } from '../../src/base/kerjasama-base.js';

/** Radio buttons (or a select, for long lists) offering exactly the values the attribute allows. */
export const choiceControl = (contract: Choice, more: { name?: string; description?: string } = {}): InputType => ({
  control: contract.values.length > 4 ? 'select' : 'inline-radio',
  options: [...contract.values],
  ...more,
});

/** A number field bounded by the element's heading levels. */
export const headingLevelControl = (contract: Choice<number>): InputType => ({
  name: 'heading-level',
  control: { type: 'number', min: contract.values[0], max: contract.values[contract.values.length - 1] },
});

export const themeControl: InputType = { control: 'inline-radio', options: [...THEMES], description: 'Colour theme.' };
