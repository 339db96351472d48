/**
 * What makes a cold start fast, both made by `npm run build`: the CLI bundled
 * into one module (scripts/bundle.mjs), and a startup snapshot, a V8 heap with
 * compromise already loaded, for the Node binary that built it
 * (scripts/build-snapshot.mjs). A process started from it skips about 0.3 s of
 * loading; bin.ts restarts itself from it when one exists for this Node.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SNAPSHOT_GLOBAL } from '../extract/nlp.js';

export function snapshotFile(): string {
  return fileURLToPath(new URL(`../snapshot/node-${process.version}-${process.platform}-${process.arch}.blob`, import.meta.url));
}

/** The snapshot to restart from, or undefined: none built for this Node, already started from it, or turned off. */
export function snapshotToUse(env: NodeJS.ProcessEnv): string | undefined {
  if (env.LEDGERLINT_NO_SNAPSHOT || SNAPSHOT_GLOBAL in globalThis) return undefined;
  const file = snapshotFile();
  return existsSync(file) ? file : undefined;
}

/** The bundled CLI when the build made one (and LEDGERLINT_NO_BUNDLE is unset), else the module tree. */
export function bundleOrModules(env: NodeJS.ProcessEnv): string {
  const bundle = new URL('./run.bundle.mjs', import.meta.url);
  return existsSync(bundle) && !env.LEDGERLINT_NO_BUNDLE ? bundle.href : new URL('./run.js', import.meta.url).href;
}
