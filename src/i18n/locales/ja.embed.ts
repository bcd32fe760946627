/** Japanese embed-page strings (see en.embed.ts). */
import type { EmbedStrings } from '../embed-strings.js';

export const embed: EmbedStrings = {
  noElement: '要素が指定されていません（?element=…）。',
  notEmbeddable: 'この要素は埋め込めません。',
  manyElements: 'この埋め込みアドレスは複数の要素を指定しています。',
  tooLong: 'この埋め込みアドレスは長すぎます。',
};
