import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'threads',
    expect: {
      // every test must assert something
      requireAssertions: true,
      // the browser tests poll the page; on a busy 2-core machine 1 s (the default) is too short
      poll: { timeout: 10_000 },
    },
  },
});
