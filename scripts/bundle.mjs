// Part of `npm run build`: the CLI as one ES module (dist/cli/run.bundle.mjs), which bin.js loads
// when it exists. Node 20 spends about a third of a cold start resolving and linking the hundreds of
// modules of the unbundled tree (ours, unified's, remark's); one file skips that. compromise stays out
// (it comes from the startup snapshot or its own CommonJS build), and so does tinypool (only --jobs
// needs it). The bundle sits in dist/cli/ so that paths it computes from import.meta.url resolve as
// from any other module one folder below dist/.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/cli/run.js'],
  outfile: 'dist/cli/run.bundle.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['compromise', 'tinypool'],
  // Bundled CommonJS (yaml, picocolors, ignore) needs a `require` inside an ES module.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
