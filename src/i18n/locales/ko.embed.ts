/** Korean embed-page strings (see en.embed.ts). */
import type { EmbedStrings } from '../embed-strings.js';

export const embed: EmbedStrings = {
  noElement: '요소가 지정되지 않았습니다(?element=…).',
  notEmbeddable: '이 요소는 삽입할 수 없습니다.',
  manyElements: '이 삽입 주소에 요소가 둘 이상 지정되어 있습니다.',
  tooLong: '이 삽입 주소가 너무 깁니다.',
};
