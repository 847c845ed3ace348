import 'reflect-metadata';
import fs from 'node:fs';
import { printSchemaWithDirectives } from '../src/schemaPrinter';
import { SCHEMA_FILE, buildAppSchema } from '../src/schema';

/** Writes schema/schema.graphql from the code; commit the result. */
async function main(): Promise<void> {
  const sdl = printSchemaWithDirectives(await buildAppSchema());
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${SCHEMA_FILE} (${sdl.split('\n').length} lines)`);
}

void main();
