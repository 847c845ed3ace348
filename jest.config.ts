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
  // One worker per core, and three at least (jest's default, cores - 1, is one on a 2-core CI machine): the suites
  // on the shared Neo4j take turns (tests/README.md), so while one holds the lock, another is ready to take it next
  // and a third runs the suites that need none (unit tests, `@neo4j own`). A waiting worker costs memory, not CPU.
  maxWorkers: Math.max(3, os.availableParallelism() - 1),
  testSequencer: '<rootDir>/tests/helpers/testSequencer.mjs',
};

export default config;
