// The smallest useful Lit element: the floor every define entry's size is measured against.
import { LitElement, html } from 'lit';

class LitFloor extends LitElement {
  override render() {
    return html`<p>floor</p>`;
  }
}
customElements.define('lit-floor', LitFloor);
