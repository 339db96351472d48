// Runs the built CLI (dist/cli/bin.js) in this process and prints the
// process's peak resident set size on stderr as it exits. The fallback for
// machines without GNU time: the startup snapshot is turned off
// (LEDGERLINT_NO_SNAPSHOT, set by the caller) so that the work is not done in
// a child process this figure would miss. Plain JavaScript, run by node
// itself: a TypeScript loader would add its own memory. Worker threads share
// the process, so the figure covers --jobs too.
process.on('exit', () => {
  process.stderr.write(`\nmeasured-cli maxrss-kb=${process.resourceUsage().maxRSS}\n`);
});
process.argv.splice(1, 1, new URL('../../dist/cli/bin.js', import.meta.url).pathname);
await import('../../dist/cli/bin.js');
