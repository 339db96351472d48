import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The fuzz and browser suites set their own timeouts; unit tests stay fast.
    testTimeout: 20_000,
  },
});
