import { execute, parse, type GraphQLSchema } from 'graphql';
import { selectionOf, type FieldSelection } from '../../src/projection';

/** The selection of the document's root field, read by a spy resolver (as the repositories get it). */
export async function selectionFor(schema: GraphQLSchema, document: string, variables: Record<string, unknown> = {}): Promise<FieldSelection> {
  let captured: FieldSelection | undefined;
  const fields = schema.getQueryType()!.getFields();
  const saved = new Map(Object.entries(fields).map(([name, field]) => [name, field.resolve]));
  for (const field of Object.values(fields)) {
    field.resolve = (_source, _args, _context, info) => {
      captured = selectionOf(info);
      return null;
    };
  }
  try {
    await execute({ schema, document: parse(document), variableValues: variables });
  } finally {
    for (const [name, resolve] of saved) fields[name].resolve = resolve;
  }
  return captured!;
}
