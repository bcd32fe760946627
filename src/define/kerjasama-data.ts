/** Registers `<kerjasama-data>` (a no-op when it is already registered). */
import { KerjasamaData } from '../components/kerjasama-data/kerjasama-data.js';

KerjasamaData.define('kerjasama-data');

export { KerjasamaData };
