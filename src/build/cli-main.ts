#!/usr/bin/env node
// The `kerjasama` executable (built to dist/cli/kerjasama.js; in the repository: npm run kerjasama -- …).
import { runCli } from './cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  cwd: process.cwd(),
});
