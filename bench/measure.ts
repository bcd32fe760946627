/**
 * Runs benchmark pages in headless Chromium and collects, per page load: time to the page's
 * own "rendered" mark, total long-task time, cumulative layout shift, JS heap and DOM nodes.
 */
import puppeteer, { type Browser } from 'puppeteer-core';

export interface Sample {
  renderMs: number;
  longTaskMs: number;
  maxLongTaskMs: number;
  cls: number;
  heapMB: number;
  nodes: number;
}

// Installed before any page script: long tasks and layout shifts are observed from the start.
const OBSERVERS = `
  window.__longTasks = []; window.__cls = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
`;

/** Page-side source of `countNodes(root)`: DOM nodes under root, shadow roots included. */
export const COUNT_NODES = `const countNodes = (root) => {
    let n = 1;
    for (const child of root.childNodes) n += countNodes(child);
    if (root instanceof Element && root.shadowRoot) n += countNodes(root.shadowRoot);
    return n;
  };`;

const COLLECT = `(() => {
  window.gc?.();
  ${COUNT_NODES}
  return {
    renderMs: window.__renderedAt,
    longTaskMs: window.__longTasks.reduce((a, b) => a + b, 0),
    maxLongTaskMs: Math.max(0, ...window.__longTasks),
    cls: window.__cls,
    heapMB: (performance.memory?.usedJSHeapSize ?? 0) / 2 ** 20,
    nodes: countNodes(document),
  };
})()`;

export async function launch(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
}

/** Loads `url`; the page must set `window.__renderedAt` (ms since navigation start) when done. */
export async function measure(browser: Browser, url: string): Promise<Sample> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 800 });
  await page.evaluateOnNewDocument(OBSERVERS);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction('window.__renderedAt !== undefined', { timeout: 60_000 });
  await new Promise((r) => setTimeout(r, 300)); // let trailing long tasks and shifts be reported
  // A string, not a function: the TypeScript runner would wrap functions with helpers the page lacks.
  const metrics = (await page.evaluate(COLLECT)) as Sample;
  await page.close();
  return metrics;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
