/**
 * The floor of the badges suite: the least a Lit citation marker with a shadow root can do — one
 * stylesheet, a button with a label from a table, an empty popover; no dataset, no language, no
 * theme, no numbering, no reference list. What <citation-badge> costs above it is its features.
 */
import { LitElement, css, html } from 'lit';

const LABELS: Record<string, string> = {
  'hotez-2014': 'Hotez, 2014',
  'panda-2022': 'Panda, 2022',
  'setiawan-2022': 'Setiawan et al., 2022',
  'keohane-martin-1995': 'Keohane & Martin, 1995',
  'jayanti-2020': 'Jayanti, 2020',
  'bhwana-2022': 'Bhwana, 2022',
  'kemlu-2021': 'Kemlu, 2021',
};

class FloorBadge extends LitElement {
  static override properties = { cite: {} };
  declare cite: string;
  static override styles = css`
    :host { display: inline; }
    .marker { display: inline; margin: 0; padding: 0 0.1em; border: 0; background: none; color: #1a56a6; font: inherit; text-decoration: underline dotted; cursor: pointer; }
  `;
  override render() {
    return html`<button class="marker" type="button" aria-haspopup="dialog" aria-expanded="false" aria-controls="p" popovertarget="p">(${LABELS[this.cite] ?? '?'})</button><div id="p" popover="auto" role="dialog" aria-label="Reference"></div>`;
  }
}
customElements.define('floor-badge', FloorBadge);
