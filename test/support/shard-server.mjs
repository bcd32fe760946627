/**
 * A web-test-runner plugin that serves test datasets as `kerjasama data build --shards` writes
 * them (the command's own `shardFiles`), under `/__shards/<name>/`: `small` is
 * test/fixtures/small-dataset.json. A hosted dataset in shards is tested against real relative
 * URLs and HTTP responses (test/components/kerjasama-data-shards.test.ts).
 */
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const PREFIX = '/__shards/';
const DATASETS = { small: '../fixtures/small-dataset.json' };

export function shardServerPlugin() {
  let sites;
  return {
    name: 'kerjasama-shard-server',
    async serverStart() {
      const { shardFiles } = await tsImport('../../src/build/cli.ts', import.meta.url);
      sites = Object.fromEntries(
        Object.entries(DATASETS).map(([name, file]) => [name, shardFiles(JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')))]),
      );
    },
    serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const [name, file] = context.path.slice(PREFIX.length).split('/');
      const body = sites?.[name]?.get(file);
      // Anything else falls through to the dev server's 404.
      return body === undefined ? undefined : { body, type: 'application/json' };
    },
  };
}
