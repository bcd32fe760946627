/**
 * English embed-page strings: why the iframe embed page (src/embed/embed-page.ts) shows no
 * element. Each locale has its own `<locale>.embed.ts`, apart from its table, so that no element
 * and no table an element loads carries them; only the embed page loads them.
 */
export const embed = {
  noElement: 'No element was given (?element=…).',
  notEmbeddable: 'This element cannot be embedded.',
  manyElements: 'This embed address names more than one element.',
  tooLong: 'This embed address is too long.',
};
