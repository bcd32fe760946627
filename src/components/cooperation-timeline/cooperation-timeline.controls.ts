/**
 * The filter bar (`controls`): country, sector, years and text, and its styles. Loaded only when
 * the bar is asked for; the timeline waits for it before its first render, so the bar never
 * appears late and pushes the list down.
 */
import { css, html } from 'lit';
import type { DatasetT, Locale } from '../../data/schema.js';
import { countryName } from '../../i18n/format.js';
import { t, type Strings } from '../../i18n/strings.js';

/** Options for the filter bar, from the whole dataset so choices do not vanish while filtering. */
export function filterOptions(ds: DatasetT, locale: Locale) {
  const s = t(locale);
  const countries = [...new Set(ds.events.flatMap((e) => e.countries))]
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const sectors = [...new Set(ds.events.map((e) => e.sector))].map((value) => ({ value, label: s.sectors[value] ?? value }));
  // The years something starts or ends in, not every year between (1945 to 2023 was 79 options).
  const years = [...new Set(ds.events.flatMap((e) => (e.date ? [Number(e.date.start.slice(0, 4)), Number((e.date.end ?? e.date.start).slice(0, 4))] : [])))].sort((a, b) => a - b);
  return { countries, sectors, years };
}

export interface FilterValues {
  country: string;
  sector: string;
  fromYear: string;
  toYear: string;
  text: string;
}

export interface ControlsInput {
  s: Strings;
  opts: ReturnType<typeof filterOptions>;
  ctl: FilterValues;
  /** Ids are `${uid}-country` and so on. */
  uid: string;
  /** What an open year field reads: the page's own bound (`from="2020"`), else "Any". */
  anyFrom: string;
  anyTo: string;
  set: (values: FilterValues) => void;
}

export function renderControls({ s, opts, ctl, uid, anyFrom, anyTo, set }: ControlsInput) {
  const on = (key: keyof FilterValues) => (e: Event) => set({ ...ctl, [key]: (e.target as HTMLInputElement | HTMLSelectElement).value });
  const id = (k: string) => `${uid}-${k}`;
  const choice = (key: keyof FilterValues, name: string, label: string, any: string, options: { value: string; label: string | number }[]) =>
    html`<label for=${id(name)}>${label}</label>
      <select id=${id(name)} .value=${ctl[key]} @change=${on(key)}>
        <option value="">${any}</option>
        ${options.map((c) => html`<option value=${c.value} ?selected=${c.value === ctl[key]}>${c.label}</option>`)}
      </select>`;
  const years = opts.years.map((y) => ({ value: String(y), label: y }));
  return html`<form class="controls" part="controls" role="search" aria-label=${s.filters} @submit=${(e: Event) => e.preventDefault()}>
    ${choice('country', 'country', s.filterCountry, s.anyOption, opts.countries)} ${choice('sector', 'sector', s.filterSector, s.anyOption, opts.sectors)}
    ${choice('fromYear', 'from', s.filterFrom, anyFrom, years)} ${choice('toYear', 'to', s.filterTo, anyTo, years)}
    <label for=${id('text')}>${s.filterText}</label>
    <input id=${id('text')} type="search" .value=${ctl.text} @input=${on('text')} />
    <button type="button" @click=${() => set({ country: '', sector: '', fromYear: '', toYear: '', text: '' })}>${s.resetFilters}</button>
  </form>`;
}

/* Label and field pairs in a grid: a label never wraps away from its field, at any width. Too
   narrow for a pair side by side (a large text setting on a phone), each label stands above its field. */
export const controlsStyles = css`
  .controls {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(5.5rem, auto) minmax(8rem, 1fr));
    align-items: center;
    gap: 0.35rem 0.6rem;
    margin-block-end: 0.5rem;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .controls select,
  .controls input,
  .controls button {
    font: inherit;
    min-height: 2rem;
    max-width: 100%;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .controls button {
    grid-column: 1 / -1;
    justify-self: start;
  }
  .controls label {
    font-size: 0.875rem;
  }
  @container (max-width: 15.5rem) {
    .controls {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media print {
    .controls {
      display: none;
    }
  }
`;
