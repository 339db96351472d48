// Run by scripts/build-snapshot.mjs under `node --build-snapshot`: loads compromise (about 0.3 s of
// every cold start) and warms it, so that a process started from the snapshot has it ready.
// src/extract/nlp.ts picks it up from the global. A snapshot script must be one file: compromise's
// CommonJS build is one, and is evaluated here from its source.
'use strict';
const { readFileSync } = require('node:fs');

const source = readFileSync(process.env.LEDGERLINT_COMPROMISE_FILE, 'utf8');
const module_ = { exports: {} };
new Function('module', 'exports', source)(module_, module_.exports);
const nlp = module_.exports;
nlp('It has partnerships with nine countries; the fifth, in 2016, and twenty-one more.').numbers().json({ offset: true });
globalThis.__ledgerlintCompromise = nlp;
