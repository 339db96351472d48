import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The fuzz and browser suites set their own timeouts; unit tests stay fast.
    testTimeout: 20_000,
    // Tests compile many throwaway ledgers: their compiled copies go to a temporary folder, not ~/.cache.
    env: { LEDGERLINT_CACHE_DIR: path.join(os.tmpdir(), `ledgerlint-test-cache-${process.pid}`) },
  },
});
