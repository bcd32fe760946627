/**
 * The lifecycle of one chart instance on a canvas in its host's shadow DOM:
 * - loads the chart module lazily (`load()` — a dynamic `import()`) the first time `enabled()`;
 * - creates the chart once the module is there and the canvas is rendered; re-creates it when
 *   the host re-renders a new canvas or is added to the page again;
 * - redraws on the container's own resize (ResizeObserver) and on a colour-scheme change;
 * - destroys it in `hostDisconnected`, so nothing outlives a removed element.
 * Library-agnostic: the host supplies how to create and update the chart.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ChartLike {
  readonly canvas: HTMLCanvasElement;
  destroy(): void;
  resize(width?: number, height?: number): void;
}

export interface ChartControllerOptions<M, C extends ChartLike> {
  load: () => Promise<M>;
  /** Whether a chart is wanted now (near the viewport, a chart view, data to draw). */
  enabled: () => boolean;
  canvas: () => HTMLCanvasElement | null | undefined;
  /** The element whose size the chart follows. */
  container: () => HTMLElement | null | undefined;
  create: (module: M, canvas: HTMLCanvasElement) => C;
  /** Brings an existing chart up to date; `force` after a theme or colour-scheme change. */
  update: (module: M, chart: C, force: boolean) => void;
}

export type ChartStatus = 'idle' | 'loading' | 'ready' | 'error';

export class ChartController<M, C extends ChartLike> implements ReactiveController {
  status: ChartStatus = 'idle';
  module?: M;
  chart?: C;
  error?: unknown;
  private loading?: Promise<void>;
  private resizeObserver?: ResizeObserver;
  private observed?: Element;
  private scheme?: MediaQueryList;
  private created = new Set<() => void>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChartControllerOptions<M, C>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.scheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
    this.scheme?.addEventListener('change', this.onSchemeChange);
    // Re-added to the page: render again so hostUpdated re-creates the chart.
    if (this.module) this.host.requestUpdate();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.scheme?.removeEventListener('change', this.onSchemeChange);
    this.destroy();
  }

  /** Redraws the chart with fresh colours and data. */
  refresh(): void {
    if (this.chart && this.module) this.options.update(this.module, this.chart, true);
  }

  /** Resolves once a chart exists (loading it if needed), or rejects when loading fails. */
  whenReady(): Promise<C> {
    if (this.chart) return Promise.resolve(this.chart);
    if (this.status === 'error') return Promise.reject(this.error);
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.chart) {
          this.created.delete(check);
          resolve(this.chart);
        } else if (this.status === 'error') {
          this.created.delete(check);
          reject(this.error);
        }
      };
      this.created.add(check);
    });
  }

  private notify(): void {
    for (const fn of [...this.created]) fn();
  }

  private sync(): void {
    // An update can still run after removal (e.g. when the module arrives): never create a chart
    // then, or it would outlive the element; reconnecting renders again and creates it.
    if (!this.host.isConnected) return;
    if (!this.options.enabled()) {
      if (this.chart && !this.chart.canvas.isConnected) this.destroy();
      return;
    }
    if (!this.module) {
      this.startLoading();
      return;
    }
    const canvas = this.options.canvas();
    if (!canvas) {
      this.destroy();
      return;
    }
    if (this.chart && this.chart.canvas !== canvas) this.destroy();
    if (!this.chart) {
      // Start at the container's size: a chart created at the canvas's default 300 × 150 and
      // then fitted would lay out and draw twice.
      const container = this.options.container();
      if (container && container.clientWidth > 0 && container.clientHeight > 0) {
        canvas.width = Math.floor(container.clientWidth);
        canvas.height = Math.floor(container.clientHeight);
      }
      try {
        this.chart = this.options.create(this.module, canvas);
      } catch (error) {
        this.fail(error);
        return;
      }
      this.observe();
      this.fit();
      this.notify();
    } else {
      this.options.update(this.module, this.chart, false);
    }
  }

  private startLoading(): void {
    if (this.loading) return;
    this.status = 'loading';
    this.loading = this.options.load().then(
      (module) => {
        this.module = module;
        this.status = 'ready';
        this.host.requestUpdate();
      },
      (error) => this.fail(error),
    );
  }

  private fail(error: unknown): void {
    this.status = 'error';
    this.error = error;
    console.warn(`[kerjasama] <${this.host.localName}>: the chart could not be loaded; showing the table.`, error);
    this.host.requestUpdate();
    this.notify();
  }

  private observe(): void {
    const container = this.options.container();
    if (!container || container === this.observed || typeof ResizeObserver === 'undefined') return;
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver(() => this.fit());
    this.resizeObserver.observe(container);
    this.observed = container;
  }

  /** Sizes the chart to its container (Chart.js' own responsive mode is off: this is it). */
  private fit(): void {
    const container = this.options.container();
    if (!this.chart || !container) return;
    const width = Math.floor(container.clientWidth);
    const height = Math.floor(container.clientHeight);
    const size = this.chart as unknown as { width?: number; height?: number };
    if (width > 0 && height > 0 && (size.width !== width || size.height !== height)) this.chart.resize(width, height);
  }

  private destroy(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = undefined;
    this.chart?.destroy();
    this.chart = undefined;
  }

  private onSchemeChange = () => this.refresh();
}
