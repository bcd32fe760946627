/**
 * A web-test-runner plugin adding the server command `heap-after-gc`: forces a full garbage
 * collection in the test's page through the Chrome DevTools Protocol and returns the JS heap in
 * use afterwards, in bytes. Call it from a test with
 * `executeServerCommand('heap-after-gc')` (@web/test-runner-commands). Chrome launcher only.
 */
export function heapCommandPlugin() {
  return {
    name: 'kerjasama-heap-command',
    async executeCommand({ command, session }) {
      if (command !== 'heap-after-gc') return undefined;
      const launcher = session.browser;
      if (launcher.type !== 'puppeteer' || typeof launcher.getPage !== 'function') {
        throw new Error(`heap-after-gc needs the Chrome (puppeteer) launcher, not "${launcher.type}"`);
      }
      const page = launcher.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        // Twice: objects freed by the first collection's finalizers go in the second.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
  };
}
