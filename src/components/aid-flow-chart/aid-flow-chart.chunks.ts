/**
 * The chunks `<aid-flow-chart>` loads lazily, each once per page under its key (LazyModuleController).
 * One table, so that a test can watch or break a chunk's loading as a reader's network would
 * (test/support/flow-chart-chunks.ts). Internal: the package does not export it.
 * @internal
 */
export const flowChartChunks = {
  /** The content: view-model, templates, table, data loading, keyboard, exports (when a chart connects). */
  content: () => import('./aid-flow-chart.lazy.js'),
  /** Chart.js and the sankey (when a chart nears the viewport). */
  chartjs: () => import('./aid-flow-chart.chartjs.js'),
  /**
   * `<citation-badge>`, registered when the content first shows one (a flow's evidence, the
   * table). The class, not its define entry: in the drop-in, which has the class already, the
   * import then resolves to it instead of splitting the badge into a chunk of its own.
   */
  citationBadge: () =>
    import('../citation-badge/citation-badge.js').then((m) => {
      m.CitationBadge.define();
      return m; // a value: LazyModuleController reads `undefined` as not loaded
    }),
};

/** @internal */
export const CHUNK_KEYS = {
  content: 'aid-flow-chart/content',
  chartjs: 'aid-flow-chart/chartjs',
  citationBadge: 'define/citation-badge',
} as const satisfies Record<keyof typeof flowChartChunks, string>;

export type ContentModule = Awaited<ReturnType<(typeof flowChartChunks)['content']>>;
export type ChartjsModule = Awaited<ReturnType<(typeof flowChartChunks)['chartjs']>>;
