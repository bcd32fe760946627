/**
 * Keeps an element in its citation scope (provider, document or shadow tree) while connected:
 * joins as a citing member (badges) and/or listens for renumbering (badges, reference lists),
 * and moves to the new scope when the dataset context changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { scopeFor, type CitationScope, type CitingElement } from '../context/citation-scope.js';

export interface CitationScopeOptions {
  /** The provided scope of the current dataset state (none: the document's). */
  provided: () => CitationScope | undefined;
  /** Register the host as a citing member (its `citedIds` count toward numbering). */
  member?: boolean;
  /** Called when the scope's numbering changes. */
  onChange: () => void;
}

export class CitationScopeController implements ReactiveController {
  scope?: CitationScope;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CitationScopeOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.join(undefined);
  }

  /** Re-reads the scope, e.g. after the dataset context changed. */
  follow(): void {
    if (this.host.isConnected) this.join(scopeFor(this.host, this.options.provided()));
  }

  private join(scope: CitationScope | undefined): void {
    if (scope === this.scope) return;
    if (this.options.member) this.scope?.delete(this.host as unknown as CitingElement);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.scope = scope;
    if (!scope) return;
    if (this.options.member) scope.add(this.host as unknown as CitingElement);
    this.unsubscribe = scope.subscribe(this.options.onChange);
  }
}
