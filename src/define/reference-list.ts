/** Registers `<reference-list>` (a no-op when it is already registered). */
import { ReferenceList } from '../components/reference-list/reference-list.js';

ReferenceList.define('reference-list');

export { ReferenceList };
