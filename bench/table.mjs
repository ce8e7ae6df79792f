// table.mjs reads the results bench/run.sh left in a folder and prints the
// one comparison table, the targets with PASS/FAIL, and writes
// results.json beside the inputs.
//
// Usage: node table.mjs RESULTS_DIR [ELAPSED_SECONDS]
// Inputs in RESULTS_DIR: env.json, corpus.json, native.txt, wasm.txt,
// wasm-heap.txt, wasm-heap5.txt, native-heap.txt (go test -bench output), peers.json,
// sizes.json. A missing or broken input shows as n/a.
//
// Units: MB = 1,000,000 bytes (as in Go's MB/s); kB = 1,000 bytes.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
const elapsed = process.argv[3];
if (!dir) {
  console.error('usage: node table.mjs RESULTS_DIR [ELAPSED_SECONDS]');
  process.exit(2);
}

const readText = (f) => {
  try {
    return fs.readFileSync(path.join(dir, f), 'utf8');
  } catch {
    return '';
  }
};
const readJSON = (f) => {
  try {
    return JSON.parse(readText(f));
  } catch {
    return null;
  }
};

// goBench parses `go test -bench` output into {name: {metric: [values]}};
// the -N GOMAXPROCS suffix is dropped from names.
function goBench(text) {
  const out = {};
  for (const line of text.split('\n')) {
    const m = line.match(/^(Benchmark\w+?)(?:-\d+)?\s+(\d+)\s+(.*)$/);
    if (!m) continue;
    const metrics = (out[m[1]] ||= {});
    const fields = m[3].trim().split(/\s+/);
    for (let i = 0; i + 1 < fields.length; i += 2) {
      (metrics[fields[i + 1]] ||= []).push(Number(fields[i]));
    }
  }
  return out;
}

const median = (xs) => {
  if (!xs || xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const metric = (bench, name, unit) => median(bench[name]?.[unit]);

const env = readJSON('env.json') || {};
const corpus = readJSON('corpus.json') || {};
const native = goBench(readText('native.txt'));
const wasm = goBench(readText('wasm.txt'));
const wasmHeap = goBench(readText('wasm-heap.txt'));
const nativeHeap = goBench(readText('native-heap.txt'));
const peers = readJSON('peers.json')?.peers || {};
const sizes = readJSON('sizes.json') || {};

const rows = [
  {
    name: 'Parley native',
    mbps: metric(native, 'BenchmarkCorpus', 'MB/s'),
    seedMs: ms(metric(native, 'BenchmarkSeed', 'ns/op')),
    allocs: metric(native, 'BenchmarkCorpus', 'B/op'),
    bundle: null,
    bundleNote: '- (not shipped)',
  },
  {
    name: 'Parley wasm',
    mbps: metric(wasm, 'BenchmarkCorpus', 'MB/s'),
    seedMs: ms(metric(wasm, 'BenchmarkSeed', 'ns/op')),
    allocs: metric(wasm, 'BenchmarkCorpus', 'B/op'),
    bundle: sizes.parleyWasm,
    bundleNote: 'n/a, run make build',
  },
  {
    name: 'compromise',
    mbps: peers.compromise?.corpus?.mbPerSec ?? null,
    seedMs: peers.compromise?.seed?.medianMs ?? null,
    bundle: sizes.compromise?.raw ? sizes.compromise : null,
    bundleNote: 'n/a',
  },
  {
    name: 'wink-nlp',
    mbps: peers['wink-nlp']?.corpus?.mbPerSec ?? null,
    seedMs: peers['wink-nlp']?.seed?.medianMs ?? null,
    bundle: sizes['wink-nlp']?.raw ? sizes['wink-nlp'] : null,
    bundleNote: 'n/a',
  },
];

function ms(ns) {
  return ns == null ? null : ns / 1e6;
}
const num = (x, d) => (x == null || !Number.isFinite(x) ? 'n/a' : x.toFixed(d));
const sig = (x) => {
  if (x == null || !Number.isFinite(x)) return 'n/a';
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  if (x >= 1) return x.toFixed(2);
  return x.toPrecision(3);
};
const kB = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : `${(b / 1e3).toFixed(1)} kB`);
const ratio = (a, b) => (a == null || b == null || !b ? 'n/a' : `${sig(a / b)}x`);

const pw = rows[1];
const header = ['', 'MB/s, 1 MB corpus', 'seed report, ms', 'wasm/peer MB/s', 'peer/wasm seed ms', 'bundle gzip -9 / brotli -q 11'];
const table = rows.map((r) => [
  r.name,
  sig(r.mbps),
  sig(r.seedMs),
  r.name.startsWith('Parley') ? '-' : ratio(pw.mbps, r.mbps),
  r.name.startsWith('Parley') ? '-' : ratio(r.seedMs, pw.seedMs),
  r.bundle ? `${kB(r.bundle.gzip9)} / ${kB(r.bundle.brotli11)}` : r.bundleNote,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
const rule = '|' + widths.map((w, i) => (i === 0 ? ':' : '-') + '-'.repeat(w) + (i === 0 ? '-' : ':')).join('|') + '|';

const out = [];
out.push(`Parley bench, ${env.date || new Date().toISOString()}; ${env.cpu || '?'}, ${env.cores || '?'} cores, load ${env.load || '?'}; ${env.go || 'go ?'}, node ${env.node || '?'}`);
out.push(`corpus: ${corpus.source || '?'} ${corpus.sections || ''}, ${corpus.corpusBytes?.toLocaleString('en-US') ?? '?'} bytes` +
  `${corpus.repeated ? ' (repeated)' : ' (no repetition)'}; seed report ${env.seedBytes?.toLocaleString('en-US') ?? '?'} bytes (bench/testdata/seed-report.txt)`);
out.push('');
out.push(line(header));
out.push(rule);
for (const r of table) out.push(line(r));
out.push('');

// Targets.
const verdict = (ok) => (ok == null ? 'n/a ' : ok ? 'PASS' : 'FAIL');
const heapB = metric(wasmHeap, 'BenchmarkPeakHeap', 'peak-HeapSys-bytes');
const baseB = metric(wasmHeap, 'BenchmarkPeakHeap', 'base-HeapSys-bytes');
const allocB = metric(wasmHeap, 'BenchmarkPeakHeap', 'alloc-bytes/op');
const sysB = metric(wasmHeap, 'BenchmarkPeakHeap', 'Sys-bytes');
const wink = rows[3].mbps;
const br = sizes.parleyWasm?.brotli11;
const targets = [
  [pw.mbps == null || wink == null ? null : pw.mbps >= 3 * wink,
    `Parley wasm >= 3x wink-nlp MB/s: ${sig(pw.mbps)} vs 3 x ${sig(wink)} = ${sig(wink == null ? null : 3 * wink)} MB/s`],
  [rows[0].seedMs == null ? null : rows[0].seedMs <= 1, `seed report <= 1 ms native: ${sig(rows[0].seedMs)} ms`],
  [pw.seedMs == null ? null : pw.seedMs <= 1, `seed report <= 1 ms wasm (Engine III): ${sig(pw.seedMs)} ms`],
  [br == null ? null : br <= 2.4e6, `app.wasm <= 2.4 MB brotli -q 11 (TestSizeBudget): ${br == null ? 'n/a, run make build' :
    `${kB(br)} (raw ${kB(sizes.parleyWasm.raw)}, gzip -9 ${kB(sizes.parleyWasm.gzip9)})`}`],
  [heapB == null ? null : heapB <= 50e6, `peak heap for the 1 MB corpus in wasm <= 50 MB: ${heapB == null ? 'n/a' :
    `${kB(heapB)} HeapSys high-water (before the call ${kB(baseB)}; allocated per call ${kB(allocB)}; Go runtime Sys ${kB(sysB)})`}`],
];
out.push('targets:');
for (const [ok, text] of targets) out.push(`  ${verdict(ok)}  ${text}`);
if (sizes.parleyEmbedJs) {
  const e = sizes.parleyEmbedJs;
  out.push(`  info  web/embed.js: raw ${kB(e.raw)}, gzip -9 ${kB(e.gzip9)}, brotli -q 11 ${kB(e.brotli11)}`);
} else {
  out.push('  info  web/embed.js: n/a (not present)');
}
const h5 = metric(goBench(readText('wasm-heap5.txt')), 'BenchmarkPeakHeap', 'peak-HeapSys-bytes');
if (h5 != null) out.push(`  info  peak heap in wasm over 5 calls on the 1 MB corpus, 20 ms idle between: ${kB(h5)} HeapSys high-water (GOGC=100 pacing)`);
const nh = metric(nativeHeap, 'BenchmarkPeakHeap', 'peak-HeapSys-bytes');
if (nh != null) out.push(`  info  peak heap for the 1 MB corpus native: ${kB(nh)} HeapSys high-water`);
for (const [name, r] of [['native', rows[0]], ['wasm', rows[1]]]) {
  if (r.allocs != null) out.push(`  info  Parley ${name} allocates ${kB(r.allocs)} per 1 MB corpus call`);
}
out.push('');
out.push('MB/s: median over runs of one Analyze/readDoc/nlp call on the whole corpus. seed: median time of one call');
out.push('on the seed report after warm-up. Ratios > 1 mean Parley wasm is faster. The peers run in node ' + (env.node || '') + ';');
out.push('Parley wasm runs in node via go_js_wasm_exec. Shared 2-core machine: absolute figures move by up to ~40%\n' +
  'with the load (see the header); compare the ratios, which come from one run.');
if (elapsed) out.push(`bench/run.sh took ${elapsed} s`);
console.log(out.join('\n'));

fs.writeFileSync(path.join(dir, 'results.json'), JSON.stringify({
  env, corpus, rows, targets: targets.map(([ok, text]) => ({ ok, text })),
  wasmHeap: { peakHeapSysBytes: heapB, baseHeapSysBytes: baseB, allocBytesPerOp: allocB, sysBytes: sysB },
  sizes, peers,
}, null, 2));

if (process.env.BENCH_STRICT === '1' && targets.some(([ok]) => ok === false)) process.exit(1);
