import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Test files that need a fresh module registry of their own: they mock a
 * module (vi.mock), set process.env before the skill reads it when it loads,
 * or change module state others would see (the server's certificate cache and
 * limits). Every other file, stores and child processes included,
 * shares its worker's modules with the files before it (isolate: false), so
 * the skill, its content and the interaction models are loaded once per
 * worker, not once per file: the largest part of the suite's overhead.
 */
const ISOLATED = [
  "test/certification/logging.test.ts",
  "test/certification/skill-id.test.ts",
  "test/deploy/manifest.test.ts",
  "test/deploy/stack.test.ts",
  "test/fuzz/handler.fuzz.test.ts",
  "test/fuzz/request-kinds.test.ts",
  "test/persistence/fault-suite.test.ts",
  "test/server/**/*.test.ts",
  "test/turn/turn.test.ts",
];

export default defineConfig({
  test: {
    environment: "node",
    // Vitest's default is one worker less than the cores: a single worker on a
    // two-core machine, although many files wait on child processes, servers
    // and stores rather than compute (test/simulator, test/persistence). On a
    // two-core machine, two workers took 25% less wall time than one, and three
    // about 14% less than two (99 s -> 85 s for the whole suite), while a
    // third worker's files wait on a child process.
    maxWorkers: Math.max(3, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "isolated", include: ISOLATED } },
      { extends: true, test: { name: "shared", include: ["test/**/*.test.ts"], exclude: ISOLATED, isolate: false } },
    ],
  },
});
