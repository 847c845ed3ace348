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
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/integration', '<rootDir>/tests/e2e'],
      transform: tsJest,
      setupFiles: ['reflect-metadata'],
      globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/helpers/globalTeardown.ts',
      slowTestThreshold: 30,
    },
  ],
  testTimeout: 60_000,
};

export default config;
