// ESLint flat config. Besides typescript-eslint's `recommended`, its point is to hold the layers of the code:
// who may talk to Neo4j, what the model and the claims may depend on, no graphql-js internals, no import cycles.
// Formatting is Prettier's job (`prettier --check .`); eslint-config-prettier, last, turns off the rules that would fight it.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** graphql-js is used through its public entry point only: deep paths (`graphql/execution/values`…) are internals. */
const noGraphqlInternals = {
  regex: '^graphql/',
  message: "Import from 'graphql' itself: deep paths are graphql-js internals (16.x exports the public API from 'graphql').",
};

/** Only src/db talks to Neo4j: the rest of src goes through its repositories and helpers. */
const noNeo4jDriver = {
  regex: '^neo4j-driver',
  message: 'Only src/db/** may import neo4j-driver: go through src/db.',
};

/** `no-restricted-imports` set in a later block replaces an earlier one, so each block lists every pattern that applies. */
const restrictImports = (...patterns) => ['error', { patterns }];

export default defineConfig(
  // Built, generated, vendored or local output (node_modules/ is ignored by default).
  globalIgnores(['dist/', 'coverage/', '.neo4j/', '.scratch/', 'test-artifacts/', 'src/neo4j-embedded/target/', 'bench/results/', 'public/**/vendor/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // TypeScript: the project's code, tests, bench and scripts.
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    settings: {
      // Without these, import-x does not parse the .ts files an import leads to, and no-cycle sees no cycle at all.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'no-restricted-imports': restrictImports(noGraphqlInternals),
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // `_`-prefixed arguments and variables are unused on purpose (express handlers, destructuring to omit a key).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The layers of src.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(noGraphqlInternals, noNeo4jDriver),
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              // The domain model stands alone: it imports nothing from the rest of src (packages are fine).
              target: './src/model',
              from: './src',
              except: ['./model'],
              message: 'src/model imports nothing from the rest of src.',
            },
            {
              // Claims sit below the GraphQL modules: modules may use claims, never the other way round.
              target: './src/claims',
              from: './src/modules',
              message: 'src/claims must not import from src/modules.',
            },
          ],
        },
      ],
      // src logs through the pino logger (src/logger.ts); only the process entry point and the CLIs print.
      'no-console': 'error',
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports(noGraphqlInternals) },
  },
  {
    // Scripts do not talk to Neo4j directly today; keep it so. (tests/ and bench/ do, on purpose: tests check the
    // driver's types, the bench measures raw Cypher against the API.)
    files: ['scripts/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports(noGraphqlInternals, noNeo4jDriver) },
  },
  {
    // The tests read GraphQL answers as untyped JSON (`data.person.roles.map((r: any) => r.id)`) and reach into
    // the browser page (`declare const window: any`): typing every answer would add nothing the assertions don't check.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/index.ts', 'src/**/cli.ts', 'src/auth/keysCli.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // GraphQL object types reference each other both ways (Person ↔ Role, Decision ↔ DecisionRole, Decision ↔
    // LobbyingEffort, Organization ↔ Platform, Platform ↔ Account): the schema is a graph, and type-graphql reads those
    // references lazily (`@Field(() => Role)`) once every class is defined, so these cycles are real and harmless.
    // Everywhere else a cycle is an error, src/modules/shared/interfaces.ts included: it loads Evidence lazily so that
    // the interfaces exist before any type implements them, and the rule keeps it that way.
    files: ['src/**/*.type.ts'],
    rules: { 'import-x/no-cycle': 'off' },
  },
  {
    // The browser code of the workbench: plain ES modules, no build step.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser } },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // CommonJS that Node loads before any compiler (a `node -r` preload): require() is the point.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
