import { withEngine } from './engine.mjs';
import { gzipSync } from 'node:zlib';
await withEngine(async (load) => {
  const lv = (await load('/src/lib/i18n/common.lv.ts')).default;
  console.log('total', gzipSync(JSON.stringify(lv)).length);
  const rows = Object.entries(lv).map(([k, v]) => [k, JSON.stringify(v).length, gzipSync(JSON.stringify(v)).length]);
  rows.sort((a, b) => b[2] - a[2]);
  for (const r of rows) console.log(r[0].padEnd(24), r[1], r[2]);
});
