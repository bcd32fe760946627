/**
 * Vue 3 renders Kerjasama elements with render functions: it sets their properties (Vue sets a
 * prop as a DOM property when the custom element has it: a dataset object on `<kerjasama-data>`,
 * `selected` on `<cooperation-timeline>`) and listens for `kj-select` through `onKjSelect`, which
 * Vue hyphenates to the event name, as a template's `@kj-select` does.
 */
import { expect } from '@open-wc/testing';
// First: defines `process.env.NODE_ENV`, which Vue's ESM bundler build reads.
import { recordConsoleErrors } from '../support/frameworks.js';
import { createApp, h, nextTick, ref, version } from 'vue';
import '../../src/define/kerjasama-data.js';
import '../../src/define/actor-card.js';
import '../../src/define/cooperation-timeline.js';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import type { KerjasamaData } from '../../src/components/kerjasama-data/kerjasama-data.js';
import type { ActorCard } from '../../src/components/actor-card/actor-card.js';
import type { CooperationTimeline } from '../../src/components/cooperation-timeline/cooperation-timeline.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import type { ReferenceList } from '../../src/components/reference-list/reference-list.js';
import { CitationBadgeHarness } from '../support/citation-badge-harness.js';
import type { KjSelectEvent } from '../../src/events.js';
import type { DatasetT } from '../../src/data/schema.js';
import { bundledCopy } from '../support/datasets.js';
import { settled, visibleText } from '../support/dom.js';
import { watchUncaughtErrors } from '../support/stubs.js';
import { until } from '../support/timeline-harness.js';

const RENAMED = 'Japan International Cooperation Agency (set from Vue)';
// JICA's three events (data/records); the timeline shows only them (actor="jica").
const SIX_DECADES = 'japan-indonesia-development-six-decades';
const HEALTH_1970S = 'jica-health-support-since-1970s';
const COVAX = 'japan-covax-contributions';

const toggleFor = (timeline: CooperationTimeline, id: string) =>
  timeline.shadowRoot?.querySelector<HTMLButtonElement>(`.toggle[data-id="${CSS.escape(id)}"]`) ?? null;
const expanded = (timeline: CooperationTimeline, id: string) => toggleFor(timeline, id)?.getAttribute('aria-expanded') === 'true';

describe('Vue 3 interop', () => {
  it('loads Vue 3', () => {
    expect(version).to.match(/^3\./);
  });

  it('sets properties and receives kj-select through Vue', async () => {
    const errors = recordConsoleErrors();
    const uncaught = watchUncaughtErrors();
    const container = document.createElement('div');
    document.body.append(container);
    const dataset: DatasetT = bundledCopy();
    dataset.actors.find((a) => a.id === 'jica')!.name = RENAMED;
    const selected = ref(SIX_DECADES);
    const selections: KjSelectEvent['detail'][] = [];
    const app = createApp({
      render: () =>
        h('kerjasama-data', { data: dataset }, [
          h('actor-card', { actor: 'jica', onKjSelect: (e: KjSelectEvent) => selections.push(e.detail) }),
          h('cooperation-timeline', { actor: 'jica', selected: selected.value }),
          h('p', ['Vaccine diplomacy ', h('citation-badge', { cite: 'hotez-2014' }), '.']),
          h('reference-list'),
        ]),
    });
    app.config.warnHandler = (message) => console.error(`[Vue warn]: ${message}`);
    try {
      app.mount(container);
      const provider = container.querySelector<KerjasamaData>('kerjasama-data')!;
      const card = container.querySelector<ActorCard>('actor-card')!;
      const timeline = container.querySelector<CooperationTimeline>('cooperation-timeline')!;
      const badge = container.querySelector<CitationBadge>('citation-badge')!;
      const list = container.querySelector<ReferenceList>('reference-list')!;
      await settled(container);

      // `cite`, a name Vue leaves to the element (it reserves `ref`): the badge resolves and the list shows what it cites.
      await until(() => new CitationBadgeHarness(badge).markerText === '(Hotez, 2014)', 'the badge to show its citation');
      await until(() => visibleText(list.shadowRoot!).includes('Hotez, P. J. (2014)'), 'the reference list to list the cited work');
      expect([...list.shadowRoot!.querySelectorAll('li')]).to.have.length(1);

      // `data` arrived as a property (an attribute would be "[object Object]").
      expect(provider.hasAttribute('data')).to.be.false;
      expect(provider.data?.actors.find((a) => a.id === 'jica')?.name).to.equal(RENAMED);
      await until(() => card.shadowRoot?.querySelector('h3')?.textContent?.includes(RENAMED) ?? false, 'the card to show the renamed actor');

      // `selected` set from Vue expands that event; changing the ref expands the new one.
      expect(timeline.selected).to.equal(SIX_DECADES);
      await until(() => expanded(timeline, SIX_DECADES), 'the selected event to expand');
      selected.value = HEALTH_1970S;
      await nextTick();
      expect(timeline.selected).to.equal(HEALTH_1970S);
      await until(() => expanded(timeline, HEALTH_1970S), 'the newly selected event to expand');

      // A related event in the card: Vue's handler gets kj-select with its detail.
      const button = [...card.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.event-button')].find((b) =>
        b.textContent?.includes('6.88 million'),
      )!;
      button.click();
      expect(selections).to.deep.equal([{ type: 'event', id: COVAX }]);
      await until(() => expanded(timeline, COVAX), 'the timeline to follow the card');

      app.unmount();
      expect(container.children).to.have.length(0);
      await settled();
      expect(errors.messages).to.deep.equal([]);
      expect(uncaught.errors).to.deep.equal([]);
    } finally {
      errors.restore();
      uncaught.restore();
      container.remove();
    }
  });
});
