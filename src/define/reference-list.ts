/** Registers `<reference-list>` and the elements it renders (no-ops when already registered). */
import { ReferenceList } from '../components/reference-list/reference-list.js';

ReferenceList.define();

export { ReferenceList };
