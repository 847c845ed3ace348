import { Field, ObjectType, type ClassType } from 'type-graphql';

/**
 * Makes the `<Mutation>Payload` type of a mutation: an object holding what the mutation changed under one field
 * (`addRole` answers `AddRolePayload { role }`), so that a payload can grow (a warning, a second node) without a break.
 */
export function payloadType(mutation: string, field: string, type: () => ClassType | object, description: string): ClassType {
  @ObjectType(`${mutation[0].toUpperCase()}${mutation.slice(1)}Payload`, { simpleResolvers: true, description: `What \`${mutation}\` changed.` })
  class Payload {
    @Field(type as () => ClassType, { name: field, description })
    value: unknown;
  }
  return Payload;
}

/** The answer of a mutation: what it changed, under its payload's field. */
export async function payload<T>(field: string, changed: Promise<T>): Promise<Record<string, T>> {
  return { [field]: await changed };
}
