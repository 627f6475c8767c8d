import { defineConfig } from 'vitest/config';

// Two tiers, run apart by `npm test` (scripts/test.sh):
//   unit  — pure logic and content rules, before the build (fast, no dist/);
//   build — the built site in dist/ (OUT_DIR), read as files: no browser.
export default defineConfig({
  test: {
    // Every core (Vitest leaves one free by default): on a 2-core machine the
    // quiz's every-answer check runs in two halves side by side.
    maxWorkers: '100%',
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 10_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 30_000 } },
    ],
  },
});
