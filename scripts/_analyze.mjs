import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
const PORT = 4393;
const path = process.argv[2] ?? '/lv/net-gross-salary/';
const server = spawn('node', ['scripts/serve.mjs', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const files = new Set();
page.on('response', (r) => { const u = new URL(r.url()); if (u.pathname.endsWith('.js')) files.add(u.pathname); });
await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'networkidle' });
await browser.close(); server.kill();
const bySource = new Map();
let total = 0, totalGz = 0;
for (const f of files) {
  const code = readFileSync('build' + f, 'utf8');
  const gz = gzipSync(code, { level: 9 }).length; total += code.length; totalGz += gz;
  const mapFile = 'build' + f + '.map';
  if (!existsSync(mapFile)) { bySource.set(f, (bySource.get(f) ?? 0) + gz); continue; }
  const map = new TraceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
  const lines = code.split('\n');
  const segs = [];
  eachMapping(map, (m) => segs.push(m));
  // attribute each generated char range to source
  const acc = new Map();
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i], n = segs[i + 1];
    let len;
    if (n && n.generatedLine === s.generatedLine) len = n.generatedColumn - s.generatedColumn;
    else len = (lines[s.generatedLine - 1]?.length ?? 0) - s.generatedColumn;
    const src = s.source ?? '(none)';
    acc.set(src, (acc.get(src) ?? 0) + len);
  }
  const sum = [...acc.values()].reduce((a, b) => a + b, 0) || 1;
  for (const [src, len] of acc) bySource.set(src, (bySource.get(src) ?? 0) + (gz * len) / sum);
}
const norm = (s) => s.replace(/^(\.\.\/)+/, '').replace(/.*node_modules\//, 'nm:');
const groups = new Map();
for (const [s, v] of bySource) {
  const n = norm(s);
  let g = n;
  if (n.startsWith('nm:')) g = n.split('/').slice(0, n.startsWith('nm:@') ? 2 : 1).join('/');
  else if (n.startsWith('data/')) g = 'data/' + n.split('/')[1];
  else if (n.startsWith('src/lib/calculators/')) g = 'calc:' + n.split('/')[3] + '/' + n.split('/')[4];
  else g = n;
  groups.set(g, (groups.get(g) ?? 0) + v);
}
console.log(path, files.size, 'files', (totalGz / 1024).toFixed(1), 'KB gz');
for (const [g, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, +(process.argv[3] ?? 60))) console.log((v / 1024).toFixed(1).padStart(7), g);
{
  const all = [...files].map((f) => readFileSync('build' + f, 'utf8')).join('\n');
  console.log('concatenated gz', (gzipSync(all, { level: 9 }).length / 1024).toFixed(1));
  const { writeFileSync } = await import('node:fs');
  writeFileSync('/tmp/an/files.json', JSON.stringify([...files]));
}
