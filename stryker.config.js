/**
 * Mutation testing (StrykerJS): `npm run mutate`. Not part of `npm test`: it plants small
 * bugs in the files below one at a time and runs the unit tests that cover each, so it
 * takes minutes. Scoped to pure logic with fast unit tests: 278 mutants, about 15 minutes
 * on two idle cores at concurrency 1 (36 minutes while other suites ran; score 86.04%);
 * pass `-- --mutate <glob>` to aim it elsewhere.
 */
const jestConfig = require('./jest.config.js');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
module.exports = {
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    config: {
      ...jestConfig,
      // Only the unit tests of what is mutated (no engine, no Terraform, no reporter line).
      testMatch: ['<rootDir>/test/spec/net/cidr.test.ts', '<rootDir>/test/spec/model/**/*.test.ts'],
      reporters: [],
    },
    enableFindRelatedTests: false,
  },
  // Not cidr-overlaps.ts: its unit test times 100,000 blocks, which instrumented code misses.
  mutate: ['spec/net/cidr.ts', 'spec/model/backbone.ts', 'spec/model/tenant-allocation.ts', 'spec/model/twin-plan.ts'],
  // Module-level constants would rerun every test for each mutant (most of the time, little gain).
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  concurrency: 1,
  // Mutants that loop forever (water-filling) time out: keep that short.
  timeoutMS: 8000,
  reporters: ['clear-text', 'progress'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
