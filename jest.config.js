/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, tsconfig: 'tsconfig.test.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFilesAfterEnv: ['<rootDir>/test/setup-cdktf.ts'],
  // jest's summary, then one line naming what did not run and why (test/helpers/gates.ts).
  reporters: ['default', '<rootDir>/test/helpers/gate-reporter.js'],
};
