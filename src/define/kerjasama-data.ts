/** Registers `<kerjasama-data>` and the elements it renders (no-ops when already registered). */
import { KerjasamaData } from '../components/kerjasama-data/kerjasama-data.js';

KerjasamaData.define();

export { KerjasamaData };
