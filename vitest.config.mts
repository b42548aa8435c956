import { availableParallelism } from "node:os";
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";

/**
 * Test files that need a fresh module registry of their own: they mock a
 * module (vi.mock), set process.env before the skill reads it when it loads,
 * or run servers, stores and bundles with state of their own. Every other file
 * shares its worker's modules with the files before it (isolate: false), so
 * the skill, its content and the interaction models are loaded once per
 * worker, not once per file: the largest part of the suite's overhead.
 */
const ISOLATED = [
  "test/certification/**/*.test.ts",
  "test/deploy/**/*.test.ts",
  "test/fuzz/**/*.test.ts",
  "test/persistence/**/*.test.ts",
  "test/server/**/*.test.ts",
  "test/turn/turn.test.ts",
];

/**
 * The longest files, started first whichever project they are in: Vitest's
 * own order runs one project's files before the other's and, on a fresh clone
 * with no timings cached, these two would start half way through and finish
 * last, alone on one core (the simulator trains the statistical stand-in; the
 * model test writes out every sample with every slot value, in five locales).
 */
const LONGEST = ["test/simulator/simulator.test.ts", "test/model/interaction-model.test.ts"];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = LONGEST.indexOf(relative(import.meta.dirname, file.moduleId));
      return at < 0 ? LONGEST.length : at;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    environment: "node",
    // Vitest's default is one worker less than the cores: a single worker on a
    // two-core machine, although many files wait on child processes, servers
    // and stores rather than compute (test/simulator, test/persistence: 25%
    // less wall time with two workers on a busy two-core machine).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    sequence: { sequencer: LongestFirst },
    projects: [
      { extends: true, test: { name: "isolated", include: ISOLATED } },
      { extends: true, test: { name: "shared", include: ["test/**/*.test.ts"], exclude: ISOLATED, isolate: false } },
    ],
  },
});
