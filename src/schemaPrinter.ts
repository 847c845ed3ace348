import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The committed SDL: sorted, so that the file changes only when the schema does. */
export function printSchemaWithDirectives(schema: GraphQLSchema): string {
  return `# Generated from the code by \`npm run schema:emit\`; do not edit. A test fails when it drifts.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
