// peers.mjs measures the NLP peers Parley is compared with, in node, on the
// same inputs as the Go benchmarks, and prints one JSON object.
//
//   compromise: nlp(text), then sentences + people/organizations/places
//   wink-nlp + wink-eng-lite-web-model (default pipeline): readDoc(text),
//             then sentences + entities
//
// Usage: node peers.mjs SEED_FILE CORPUS_FILE
// Env: PEERS_ONLY=compromise|wink (one peer), PEERS_SECONDS (time budget per
// measurement, default 5), PEERS_MIN_ITERS (default 3).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const here = path.dirname(fileURLToPath(import.meta.url));
// Read versions from the installed files (compromise's exports hide package.json).
const version = (p) =>
  JSON.parse(fs.readFileSync(path.join(here, 'node_modules', p, 'package.json'), 'utf8')).version;

const [seedFile, corpusFile] = process.argv.slice(2);
if (!seedFile || !corpusFile) {
  console.error('usage: node peers.mjs SEED_FILE CORPUS_FILE');
  process.exit(2);
}
const seed = fs.readFileSync(seedFile, 'utf8');
const corpus = fs.readFileSync(corpusFile, 'utf8');
const budgetMs = 1000 * Number(process.env.PEERS_SECONDS || 5);
const minIters = Number(process.env.PEERS_MIN_ITERS || 3);

const wink = winkNLP(model);
const its = wink.its;

// Each peer returns a small count so that its work cannot be optimised away
// and so that the JSON shows it did something.
const peers = {
  compromise: {
    packages: { compromise: version('compromise') },
    does: 'nlp(text); sentences, people, organizations, places',
    run(text) {
      const doc = nlp(text);
      return {
        sentences: doc.sentences().length,
        people: doc.people().out('array').length,
        organizations: doc.organizations().out('array').length,
        places: doc.places().out('array').length,
      };
    },
  },
  'wink-nlp': {
    packages: { 'wink-nlp': version('wink-nlp'), 'wink-eng-lite-web-model': version('wink-eng-lite-web-model') },
    does: 'readDoc(text) with the default pipeline; sentences, entities (detail)',
    run(text) {
      const doc = wink.readDoc(text);
      return {
        sentences: doc.sentences().out().length,
        entities: doc.entities().out(its.detail).length,
      };
    },
  },
};

// measure runs fn(text) for warm-up, then repeatedly until both the time
// budget and the minimum iteration count are met; it reports the median and
// the minimum time per call.
function measure(fn, text, warmups) {
  for (let i = 0; i < warmups; i++) fn(text);
  const times = [];
  let result;
  const start = performance.now();
  while (times.length < minIters || performance.now() - start < budgetMs) {
    const t0 = performance.now();
    result = fn(text);
    times.push(performance.now() - t0);
    if (times.length >= 100000) break;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  return { iterations: times.length, medianMs: median, minMs: times[0], result };
}

const only = process.env.PEERS_ONLY;
const out = {
  node: process.version,
  seedBytes: Buffer.byteLength(seed),
  corpusBytes: Buffer.byteLength(corpus),
  budgetSeconds: budgetMs / 1000,
  peers: {},
};
for (const [name, p] of Object.entries(peers)) {
  if (only && !name.startsWith(only)) continue;
  const s = measure(p.run, seed, 50);
  const c = measure(p.run, corpus, 1);
  out.peers[name] = {
    packages: p.packages,
    does: p.does,
    seed: { iterations: s.iterations, medianMs: s.medianMs, minMs: s.minMs, found: s.result },
    corpus: {
      iterations: c.iterations,
      medianMs: c.medianMs,
      minMs: c.minMs,
      // MB = 1e6 bytes, as in Go's testing package.
      mbPerSec: out.corpusBytes / 1e6 / (c.medianMs / 1000),
      found: c.result,
    },
  };
}
console.log(JSON.stringify(out, null, 2));
