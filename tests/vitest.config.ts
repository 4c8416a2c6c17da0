import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['tests/shared/**/*.test.ts', 'tests/backend/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/renderer/**/*.test.ts', 'tests/electron/**/*.test.ts'],
          testTimeout: 60_000,
          // Hooks start real processes (CLI runs, servers): on a loaded machine they need the same budget as tests.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          // After the unit project, not beside it: on two cores the browser tests must not share the CPU with
          // LibreOffice conversions and CLI processes, or their waits time out.
          sequence: { groupOrder: 1 },
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
