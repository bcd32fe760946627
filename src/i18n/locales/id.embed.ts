/** Indonesian embed-page strings (see en.embed.ts). */
import type { EmbedStrings } from '../embed-strings.js';

export const embed: EmbedStrings = {
  noElement: 'Tidak ada elemen yang diminta (?element=…).',
  notEmbeddable: 'Elemen ini tidak dapat disematkan.',
  manyElements: 'Alamat sematan ini menyebut lebih dari satu elemen.',
  tooLong: 'Alamat sematan ini terlalu panjang.',
};
