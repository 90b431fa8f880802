/** Jest runs unit and integration tests against a real PostgreSQL through Payload's Local API. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/int'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: [],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '\\.(css|scss)$': '<rootDir>/tests/support/styleStub.cjs',
  },
  globalSetup: '<rootDir>/tests/support/jest.globalSetup.mjs',
  globalTeardown: '<rootDir>/tests/support/jest.globalTeardown.mjs',
  testSequencer: '<rootDir>/tests/support/jest.sequencer.mjs',
  testTimeout: 60_000,
  maxWorkers: 1,
}

export default config
