// The embed page's script: everything it does lives in src/embed/ (tested there).
import { mountEmbed } from '../../src/embed/embed-page.js';

mountEmbed(document.getElementById('embed')!, location.search);
