import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
const files = JSON.parse(readFileSync('/tmp/an/files.json','utf8'));
for (const f of files) {
  const code = readFileSync('build' + f, 'utf8');
  const gz = gzipSync(code, { level: 9 }).length;
  const mf = 'build' + f + '.map';
  if (!existsSync(mf)) { console.log('nomap', f, gz); continue; }
  const m = JSON.parse(readFileSync(mf,'utf8'));
  console.log(f.split('/').pop(), gz, m.sources.slice(0,4).map(s=>s.replace(/.*?(src|node_modules|data)\//,'$1/')).join(' '), m.sources.length>4?'+'+(m.sources.length-4):'');
}
