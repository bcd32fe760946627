/** Print: every event expanded, no filter bar. */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/cooperation-timeline.js';
import type { CooperationTimeline } from '../../src/components/cooperation-timeline/cooperation-timeline.js';
import { settled } from '../support/dom.js';

describe('<cooperation-timeline> in print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
  });

  it('prints every event expanded, without the filter bar', async () => {
    const el = await fixture<CooperationTimeline>(html`<cooperation-timeline controls countries="ID KR"></cooperation-timeline>`);
    await settled(el);
    const root = el.shadowRoot!;
    const details = () => [...root.querySelectorAll<HTMLElement>('.details')];
    expect(details().some((d) => d.hidden), 'collapsed on screen').to.equal(true);

    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    await settled(el);
    // Indonesia's state-level aim and the five JWG outcomes (source 001).
    expect(details().length).to.equal(6);
    for (const d of details()) {
      expect(getComputedStyle(d).display, 'details shown').to.not.equal('none');
      expect(d.textContent!.trim(), 'details rendered').to.not.equal('');
    }
    expect(getComputedStyle(root.querySelector('.controls')!).display).to.equal('none');

    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    await settled(el);
    expect(details().some((d) => d.hidden), 'collapsed again after printing').to.equal(true);
  });
});
