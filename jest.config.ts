import os from 'node:os';
import type { Config } from 'jest';

const tsJest = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] } as const;

/** Two projects: unit tests need nothing; integration and e2e tests share one real Neo4j started by the global setup. */
const config: Config = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/unit'],
      transform: tsJest,
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'integration',
      roots: ['<rootDir>/tests/integration', '<rootDir>/tests/e2e'],
      transform: tsJest,
      setupFiles: ['reflect-metadata'],
      globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/helpers/globalTeardown.ts',
      // Suites on the shared Neo4j one at a time, those with a Neo4j of their own (`@neo4j own`) beside them.
      testEnvironment: '<rootDir>/tests/helpers/sharedDatabaseEnvironment.ts',
      slowTestThreshold: 30,
    },
  ],
  testTimeout: 60_000,
  // One worker per core, and two at least (jest's default, cores - 1, is one on a 2-core CI machine): the suites with a
  // Neo4j of their own and the unit tests run beside the shared-database suites, which take turns (tests/README.md).
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  testSequencer: '<rootDir>/tests/helpers/testSequencer.mjs',
};

export default config;
