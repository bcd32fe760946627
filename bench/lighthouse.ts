/**
 * Lighthouse suite: the performance score and layout shift of two real pages, on Lighthouse's
 * default throttled phone profile (simulated slow 4G, 4× CPU slowdown):
 * - the built gallery (`vite build`, the page `npm start` serves), every element on one page;
 * - a blog post using the autoloader the way the README shows it: prose with written-in
 *   citations, a timeline, a chip and a reference list, and the README's "Reserve the room" CSS.
 *
 * Lighthouse runs through `npx` at a pinned version (its own Chrome launcher drives Debian's
 * Chromium; nothing downloads a browser), so that a plain `npm ci` does not install it. It runs
 * as a child process without blocking this process: the pages come from this process's server.
 */
import { execFile as execFileCallback, execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { median } from './measure.js';

const execFile = promisify(execFileCallback);
// 12.x: the last major that runs on Node 20 (13 needs Node 22).
const LIGHTHOUSE = 'lighthouse@12.8.2';

const CSS = `body { font: 17px/1.6 Georgia, serif; max-width: 700px; margin: 2rem auto; padding: 0 1rem; }
citation-badge:not(:defined) { display: inline-block; }
actor-card[variant='chip']:not(:defined) { display: inline-block; padding-inline: calc(0.25em + 1px); }
article > reference-list { display: block; min-height: 22rem; }
cooperation-timeline:not(:defined) { display: block; min-height: 16rem; }`;

/** A blog post as a blogger writes it from the README: one script tag, the autoloader. */
export function lighthousePages(): Record<string, string> {
  const para = (i: number) =>
    `<p>Paragraph ${i} on Indonesia's vaccine diplomacy with Japan and South Korea, the doses that arrived through COVAX and bilaterally, and what the agreements say <citation-badge cite="hotez-2014">(Hotez, 2014)</citation-badge>. Later work qualifies it <citation-badge cite="panda-2022">(Panda, 2022)</citation-badge>.</p>`;
  return {
    '/lighthouse-blog.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vaccine diplomacy, a reading</title><meta name="description" content="A blog post with Kerjasama elements">
<style>${CSS}</style>
<script type="module" src="/dist/cdn/autoloader.js"></script></head>
<body><article><h1>Vaccine diplomacy, a reading</h1>
${[1, 2, 3].map(para).join('\n')}
<p>The main actor on the Japanese side was <actor-card variant="chip" actor="jica">Japan International Cooperation Agency</actor-card>.</p>
<cooperation-timeline countries="ID JP"></cooperation-timeline>
${[4, 5, 6, 7].map(para).join('\n')}
<h2>References</h2>
<reference-list></reference-list>
</article></body></html>`,
  };
}

interface LighthouseSample {
  score: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
}

async function lighthouse(url: string): Promise<LighthouseSample> {
  const dir = mkdtempSync(join(tmpdir(), 'kj-lh-'));
  const out = join(dir, 'report.json');
  try {
    await execFile(
      'npx',
      ['--yes', LIGHTHOUSE, url, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' }, timeout: 180_000, maxBuffer: 16 * 2 ** 20 },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const audit = (id: string) => Number(report.audits[id]?.numericValue ?? NaN);
    return {
      score: Math.round(Number(report.categories.performance.score) * 100),
      cls: audit('cumulative-layout-shift'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runLighthouseSuite(root: string, url: string, runs: number): Promise<void> {
  // The gallery as `vite build` makes it, inside the served root (removed afterwards).
  const gallery = 'dist/.bench-gallery';
  execSync(`npx vite build --base ./ --outDir ${join(root, gallery)} --emptyOutDir --logLevel error`, { cwd: root, stdio: 'inherit' });
  const pages = { gallery: `${url}/${gallery}/index.html`, 'blog (autoloader)': `${url}/lighthouse-blog.html` };
  console.log(`\nLighthouse ${LIGHTHOUSE.split('@')[1]}, performance, default mobile profile (simulated throttling); ${runs} runs per page, alternating`);
  console.log('page                 score          CLS                  LCP ms                 TBT ms');
  const samples: Record<string, LighthouseSample[]> = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  try {
    for (let i = 0; i < runs; i++) for (const [name, page] of Object.entries(pages)) samples[name].push(await lighthouse(page));
  } finally {
    rmSync(join(root, gallery), { recursive: true, force: true });
  }
  const fmt = (xs: number[], digits: number) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
  for (const [name, list] of Object.entries(samples)) {
    const col = (k: keyof LighthouseSample) => list.map((s) => s[k]);
    console.log(`${name.padEnd(20)} ${fmt(col('score'), 0).padEnd(14)} ${fmt(col('cls'), 3).padEnd(20)} ${fmt(col('lcpMs'), 0).padEnd(22)} ${fmt(col('tbtMs'), 0)}`);
  }
}
