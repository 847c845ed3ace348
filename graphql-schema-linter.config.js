/* global module, require, __dirname */
// graphql-schema-linter (`npm run lint:schema`) over schema/schema.graphql. The contract (api-1.0 §2) asks for a
// description on every type, field and argument, with the linter's default rules passing. With no `rules` list the
// linter runs every built-in rule; the list below is every built-in rule of the pinned version (3.0.1), so that one
// can be switched off with a comment saying why.

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the linter loads this file as CommonJS
const fs = require('node:fs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const path = require('node:path');

/** `<Type>Where.AND`, `.OR` and `.NOT` of every where input of the committed schema. */
function combinatorFields() {
  const sdl = fs.readFileSync(path.join(__dirname, 'schema', 'schema.graphql'), 'utf8');
  const names = [...sdl.matchAll(/^input (\w+Where) \{/gm)].map((m) => m[1]);
  return names.flatMap((name) => ['AND', 'OR', 'NOT'].map((op) => `${name}.${op}`));
}

module.exports = {
  rules: [
    'arguments-have-descriptions',
    'defined-types-are-used',
    'deprecations-have-a-reason',
    'descriptions-are-capitalized',
    'enum-values-all-caps',
    'enum-values-have-descriptions',
    'enum-values-sorted-alphabetically',
    'fields-are-camel-cased',
    'fields-have-descriptions',
    'input-object-fields-sorted-alphabetically',
    'input-object-values-are-camel-cased',
    'input-object-values-have-descriptions',
    'interface-fields-sorted-alphabetically',
    'relay-connection-arguments-spec',
    'relay-connection-types-spec',
    'relay-page-info-spec',
    'type-fields-sorted-alphabetically',
    'types-are-capitalized',
    'types-have-descriptions',
  ],
  // Query, Mutation and Subscription are the root types type-graphql makes itself, with no way to describe them from a decorator
  // (a description would be set on the built schema in src/schema.ts); every field of theirs is described.
  // ErrorCode is published for clients and code generators; errors carry it in `extensions.code`, so no field uses it.
  // AND, OR and NOT are the names api-1.0 §3 gives the boolean combinators of every `<Type>Where` (as Neo4j's own
  // GraphQL library names them): listed here from the schema, so a new type's filter needs no entry.
  ignore: {
    'types-have-descriptions': ['Query', 'Mutation', 'Subscription'],
    'defined-types-are-used': ['ErrorCode'],
    'input-object-values-are-camel-cased': combinatorFields(),
  },
};
