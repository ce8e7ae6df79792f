// sizes.mjs measures what each contender costs to ship: raw, gzip -9 and
// brotli -q 11 sizes (the gzip and brotli command-line tools), and prints
// one JSON object.
//
//   compromise: its prebuilt browser bundle, builds/compromise.js
//   wink-nlp:   wink-nlp + wink-eng-lite-web-model bundled by esbuild
//               (--bundle --minify, browser, esm), as an app would ship them
//   Parley:     dist/web/app.wasm (from `make build`) and web/embed.js, when
//               they exist; not built here
//
// Usage: node sizes.mjs REPO_ROOT CACHE_DIR
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [root, cache] = process.argv.slice(2).map((p) => path.resolve(p));
if (!root || !cache) {
  console.error('usage: node sizes.mjs REPO_ROOT CACHE_DIR');
  process.exit(2);
}

function compressed(cmd, args, file) {
  return execFileSync(cmd, [...args, file], { maxBuffer: 1 << 30 }).length;
}

function sizes(file) {
  if (!fs.existsSync(file)) return null;
  return {
    file: path.relative(root, file),
    raw: fs.statSync(file).size,
    gzip9: compressed('gzip', ['-9', '-c'], file),
    brotli11: compressed('brotli', ['-q', '11', '-c'], file),
  };
}

const nm = path.join(here, 'node_modules');
const version = (p) => JSON.parse(fs.readFileSync(path.join(nm, p, 'package.json'), 'utf8')).version;
const esbuild = path.join(nm, '.bin', 'esbuild');

// wink-nlp and its model have no prebuilt browser bundle: bundle them.
const bundles = path.join(cache, 'bundles');
fs.mkdirSync(bundles, { recursive: true });
const entry = path.join(bundles, 'wink-entry.mjs');
fs.writeFileSync(entry,
  "import winkNLP from 'wink-nlp';\nimport model from 'wink-eng-lite-web-model';\nexport const nlp = winkNLP(model);\n");
const winkBundle = path.join(bundles, 'wink-nlp-bundle.min.js');
execFileSync(esbuild, [entry, '--bundle', '--minify', '--format=esm', '--platform=browser',
  '--log-level=warning', `--outfile=${winkBundle}`], { cwd: here, stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, NODE_PATH: nm } });

const out = {
  compromise: {
    what: `compromise@${version('compromise')} builds/compromise.js (prebuilt, minified)`,
    ...sizes(path.join(nm, 'compromise', 'builds', 'compromise.js')),
  },
  'wink-nlp': {
    what: `wink-nlp@${version('wink-nlp')} + wink-eng-lite-web-model@${version('wink-eng-lite-web-model')}, esbuild@${version('esbuild')} --bundle --minify`,
    ...sizes(winkBundle),
  },
  parleyWasm: sizes(path.join(root, 'dist', 'web', 'app.wasm')),
  parleyEmbedJs: sizes(path.join(root, 'web', 'embed.js')),
};
console.log(JSON.stringify(out, null, 2));
