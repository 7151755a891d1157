/**
 * Mutation testing (StrykerJS): `npm run mutate`. Not part of `npm test`: it plants small
 * bugs in the files below one at a time and runs the unit tests that cover each, so it
 * takes minutes. Scoped to pure logic with fast unit tests, to fit about 15 minutes on two
 * cores at concurrency 1; pass `-- --mutate <glob>` to aim it elsewhere.
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
      testMatch: ['<rootDir>/test/spec/net/**/*.test.ts', '<rootDir>/test/spec/model/**/*.test.ts', '<rootDir>/test/deploy/deploy-all.test.ts'],
      reporters: [],
    },
    enableFindRelatedTests: false,
  },
  mutate: ['spec/net/*.ts', 'spec/model/backbone.ts', 'spec/model/tenant-allocation.ts', 'spec/model/twin-plan.ts', 'deploy/deploy-all.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
