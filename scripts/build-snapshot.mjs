// Part of `npm run build`: a V8 startup snapshot with compromise loaded (see
// scripts/snapshot-entry.cjs and src/cli/bin.ts). It belongs to this Node binary: the file name
// carries its version and platform, and bin.ts uses it only when they match. Failing to build one is
// not an error: ledgerlint then loads compromise as usual.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { snapshotFile } from '../dist/cli/snapshot.js';

const blob = snapshotFile();
rmSync(fileURLToPath(new URL('../dist/snapshot', import.meta.url)), { recursive: true, force: true });
mkdirSync(fileURLToPath(new URL('../dist/snapshot', import.meta.url)), { recursive: true });
const built = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', fileURLToPath(new URL('./snapshot-entry.cjs', import.meta.url))], {
  env: { ...process.env, LEDGERLINT_COMPROMISE_FILE: createRequire(import.meta.url).resolve('compromise') },
  stdio: ['ignore', 'ignore', 'pipe'],
});
if (built.status !== 0) {
  rmSync(blob, { force: true });
  process.stderr.write(`note: no startup snapshot (ledgerlint still works, it only starts slower): ${built.stderr}\n`);
}
