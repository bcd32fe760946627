/**
 * Typed events. All bubble and are composed, so they cross shadow roots to the host page.
 * `eventName` is a static getter, not a static field: a field compiles to a static block, which
 * bundlers must keep, so every element would carry all three classes.
 */
import type { DataProblem } from './data/validate.js';

export type SelectableType = 'event' | 'flow' | 'actor' | 'citation';

/** Fired when a person selects a record (an event in a card's list, a timeline item…). */
export class KjSelectEvent extends Event {
  static get eventName(): 'kj-select' {
    return 'kj-select';
  }
  constructor(readonly detail: { type: SelectableType; id: string }) {
    super(KjSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

export type DataErrorReason = 'url' | 'network' | 'http' | 'content-type' | 'too-large' | 'json' | 'schema' | 'timeout';

/** Fired by `<kerjasama-data>` when a dataset cannot be used. */
export class KjDataErrorEvent extends Event {
  static get eventName(): 'kj-data-error' {
    return 'kj-data-error';
  }
  constructor(readonly detail: { reason: DataErrorReason; message: string; src?: string; status?: number; problems?: DataProblem[] }) {
    super(KjDataErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired by `<kerjasama-data>` when a dataset is loaded and valid. */
export class KjDataLoadEvent extends Event {
  static get eventName(): 'kj-data-load' {
    return 'kj-data-load';
  }
  constructor(readonly detail: { src?: string; counts: Record<'sources' | 'actors' | 'events' | 'flows' | 'citations', number> }) {
    super(KjDataLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

interface KerjasamaEventMap {
  'kj-select': KjSelectEvent;
  'kj-data-error': KjDataErrorEvent;
  'kj-data-load': KjDataLoadEvent;
}

// Composed and bubbling, so hosts can listen on the element, the document or the window.
/* eslint-disable @typescript-eslint/no-empty-object-type -- empty interfaces merge into the DOM's maps */
declare global {
  interface HTMLElementEventMap extends KerjasamaEventMap {}
  interface DocumentEventMap extends KerjasamaEventMap {}
  interface WindowEventMap extends KerjasamaEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */
