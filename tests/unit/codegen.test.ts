import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import {
  buildSchema,
  DocumentNode,
  getNamedType,
  GraphQLEnumType,
  GraphQLSchema,
  isEnumType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { tmpdir } from 'os';
import { join } from 'path';
import * as ts from 'typescript';

/**
 * API 1.0 contract: GraphQL Code Generator turns the committed schema and every example operation into types that
 * compile under `tsc --strict`, and every closed vocabulary (a GraphQL enum) stays a union of its values, never `string`.
 *
 * Setup, as a client would run it with codegen 6: the `typescript` plugin writes the schema's types (enums as
 * string-literal unions) to schema-types.ts, and `typescript-operations` writes the operations' result types to
 * operations.ts, importing the schema's enums from there (`importSchemaTypesFrom`). Put in one file, the two plugins
 * would both declare the enums (typescript-operations 6 emits the enums it uses unless told where to import them from).
 */

const SCHEMA_FILE = join(__dirname, '../../schema/schema.graphql');
const OPERATIONS_DIR = join(__dirname, '../../schema/operations');

/** Shared config: enums as string-literal unions, no `any` for a scalar codegen does not know, dates as ISO strings. */
const config = {
  enumsAsTypes: true,
  enumType: 'string-literal',
  strictScalars: true,
  scalars: { Date: 'string', DateTime: 'string' },
  avoidOptionals: true,
};

interface Generated {
  dir: string;
  schemaTypesFile: string;
  operationsFile: string;
  operations: string;
}

interface EnumField {
  operation: string;
  /** Response keys from the operation's root down to the field (aliases included, inline fragments left out). */
  path: string[];
  enumType: GraphQLEnumType;
  nullable: boolean;
}

const sdl = readFileSync(SCHEMA_FILE, 'utf8');
const schema: GraphQLSchema = buildSchema(sdl);
const operationFiles = readdirSync(OPERATIONS_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort();
const documents = operationFiles.map((f) => ({ location: join(OPERATIONS_DIR, f), document: parse(readFileSync(join(OPERATIONS_DIR, f), 'utf8')) }));
const schemaEnums = Object.values(schema.getTypeMap()).filter((t): t is GraphQLEnumType => isEnumType(t) && !t.name.startsWith('__'));

/**
 * Runs codegen's programmatic API (`codegen` from @graphql-codegen/core with the two plugins) in a plain Node process:
 * the plugins' CommonJS builds `require()` auto-bind 5, an ES module, which Node 20.19+ loads but Jest's module
 * runtime refuses ("Must use import to load ES Module") before Node 24.9. The inputs and the config come from here.
 * The two files are named as siblings (relative names), so operations.ts imports './schema-types'; both go to `dir`.
 */
const GENERATE = `
const { codegen } = require('@graphql-codegen/core');
const typescript = require('@graphql-codegen/typescript');
const typescriptOperations = require('@graphql-codegen/typescript-operations');
const { parse } = require('graphql');
const { readFileSync, writeFileSync } = require('fs');
const { join } = require('path');
const { dir, schemaFile, operationFiles, config } = JSON.parse(process.argv[1]);
const schema = parse(readFileSync(schemaFile, 'utf8'));
const documents = operationFiles.map((location) => ({ location, document: parse(readFileSync(location, 'utf8')) }));
(async () => {
  const schemaTypes = await codegen({
    filename: 'schema-types.ts', schema, documents: [], config,
    plugins: [{ typescript: {} }], pluginMap: { typescript },
  });
  const operations = await codegen({
    filename: 'operations.ts', schema, documents,
    config: { ...config, importSchemaTypesFrom: './schema-types', namespacedImportName: 'Types' },
    plugins: [{ typescriptOperations: {} }], pluginMap: { typescriptOperations },
  });
  writeFileSync(join(dir, 'schema-types.ts'), schemaTypes);
  writeFileSync(join(dir, 'operations.ts'), operations);
})().catch((error) => { console.error(error); process.exit(1); });
`;

function generate(): Generated {
  const dir = mkdtempSync(join(tmpdir(), 'influence-graph-codegen-'));
  const input = { dir, schemaFile: SCHEMA_FILE, operationFiles: documents.map((d) => d.location), config };
  execFileSync(process.execPath, ['-e', GENERATE, JSON.stringify(input)], { cwd: join(__dirname, '../..'), stdio: ['ignore', 'inherit', 'inherit'] });
  const schemaTypesFile = join(dir, 'schema-types.ts');
  const operationsFile = join(dir, 'operations.ts');
  return { dir, schemaTypesFile, operationsFile, operations: readFileSync(operationsFile, 'utf8') };
}

/** Every selected field whose type is an enum (or a list of one), with its path of response keys. */
function enumFieldsOf(document: DocumentNode): EnumField[] {
  const found: EnumField[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const operation = definition as OperationDefinitionNode;
    const name = operation.name?.value;
    if (!name) throw new Error('An example operation has no name');
    const typeInfo = new TypeInfo(schema);
    const path: string[] = [];
    visit(
      operation,
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter(node) {
            path.push(node.alias?.value ?? node.name.value);
            const type = typeInfo.getType();
            if (!type) throw new Error(`${name}: ${path.join('.')} is not in the schema`);
            const named = getNamedType(type);
            if (isEnumType(named)) found.push({ operation: name, path: [...path], enumType: named, nullable: !isNonNullType(type) });
          },
          leave() {
            path.pop();
          },
        },
      }),
    );
  }
  return found;
}

const enumFields = documents.flatMap((d) => enumFieldsOf(d.document));

describe('GraphQL Code Generator over the schema and the example operations', () => {
  let generated: Generated;
  let program: ts.Program;
  let checker: ts.TypeChecker;

  beforeAll(() => {
    generated = generate();
    program = ts.createProgram([generated.schemaTypesFile, generated.operationsFile], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      lib: ['lib.es2022.d.ts'],
      types: [],
      skipLibCheck: false,
    });
    checker = program.getTypeChecker();
  });

  afterAll(() => {
    if (generated) rmSync(generated.dir, { recursive: true, force: true });
  });

  it('has example operations, and they select enum fields', () => {
    expect(operationFiles.length).toBeGreaterThan(0);
    expect(schemaEnums.length).toBeGreaterThan(0);
    expect(enumFields.length).toBeGreaterThan(0);
  });

  it('generates a result type for every example operation', () => {
    for (const { document } of documents) {
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        expect(generated.operations).toContain(`export type ${resultTypeName(definition)} = `);
        expect(generated.operations).toContain(`export type ${resultTypeName(definition)}Variables = `);
      }
    }
  });

  it('compiles with tsc --strict and no diagnostics', () => {
    const diagnostics = ts.getPreEmitDiagnostics(program);
    const messages = diagnostics.map((d) => {
      const where = d.file && d.start !== undefined ? `${d.file.fileName.split(/[\\/]/).pop()}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
      return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
    });
    expect(messages).toEqual([]);
  });

  it('types every enum of the schema as the union of its values', () => {
    const exports = moduleExports(generated.schemaTypesFile);
    for (const enumType of schemaEnums) {
      const symbol = exports.get(enumType.name);
      expect({ enum: enumType.name, exported: symbol !== undefined }).toEqual({ enum: enumType.name, exported: true });
      const literals = stringLiterals(checker.getDeclaredTypeOfSymbol(symbol!));
      expect({ enum: enumType.name, values: literals }).toEqual({ enum: enumType.name, values: valuesOf(enumType) });
    }
  });

  it('types every enum field an operation selects as its enum, never string', () => {
    const exports = moduleExports(generated.operationsFile);
    for (const field of enumFields) {
      const where = `${field.operation}: ${field.path.join('.')}`;
      const definition = documents
        .flatMap((d) => d.document.definitions)
        .find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === field.operation)!;
      const resultSymbol = exports.get(resultTypeName(definition));
      expect({ where, resultType: resultSymbol !== undefined }).toEqual({ where, resultType: true });

      // Walk down the result type along the path, through nulls, arrays and the members of unions (fragments).
      let types: ts.Type[] = [checker.getDeclaredTypeOfSymbol(resultSymbol!)];
      let properties: ts.Symbol[] = [];
      for (const key of field.path) {
        properties = types.flatMap((t) => objectsIn(t)).flatMap((t) => checker.getPropertyOfType(t, key) ?? []);
        types = properties.map((p) => checker.getTypeOfSymbol(p));
      }
      expect({ where, found: properties.length > 0 }).toEqual({ where, found: true });

      for (const property of properties) {
        const type = checker.getTypeOfSymbol(property);
        // The declared type names the enum's alias (`Types.Stance | null`), not string nor Scalars['String'].
        const declaration = property.valueDeclaration;
        const written = declaration && ts.isPropertySignature(declaration) && declaration.type ? declaration.type.getText() : '';
        expect({ where, written: new RegExp(`\\bTypes\\.${field.enumType.name}\\b`).test(written) }).toEqual({ where, written: true });
        expect({ where, written: /\bstring\b|Scalars\[/.test(written) }).toEqual({ where, written: false });
        // And what it resolves to is exactly the enum's values: no `string` anywhere in the union.
        const leaves = leavesOf(type);
        expect({ where, plainString: leaves.some((t) => (t.flags & ts.TypeFlags.String) !== 0) }).toEqual({ where, plainString: false });
        expect({ where, values: stringLiterals(type) }).toEqual({ where, values: valuesOf(field.enumType) });
        expect({ where, nullable: nullableIn(type) }).toEqual({ where, nullable: field.nullable });
      }
    }
  });

  it.each([
    ['WhoLobbiedMeta', 'lobbyingEfforts.edges.node.stance', 'Stance'],
    ['WhoLobbiedMeta', 'lobbyingEfforts.edges.node.method', 'LobbyingMethod'],
    ['WhoLobbiedMeta', 'lobbyingEfforts.edges.node.evidence.attribution', 'Attribution'],
    ['WhoOverseesMetasDecision', 'decision.status', 'DecisionStatus'],
    ['WhoOverseesMetasDecision', 'decision.participants.edges.node.role', 'DecisionRoleKind'],
    ['MetasRolesAsOf', 'organization.units.edges.node.kind', 'OrganizationKind'],
    ['MetasRolesAsOf', 'organization.roles.edges.node.kind', 'RoleKind'],
    ['TrumpsAccounts', 'person.accounts.edges.node.restrictions.edges.node.kind', 'RestrictionKind'],
    ['TrumpsAccounts', 'person.accounts.edges.node.restrictions.edges.node.liftedBy.status', 'DecisionStatus'],
    ['TimelineOfTrumpsSuspensions', 'timeline.edges.node.kind', 'TimelineKind'],
    ['WhatCleggSaid', 'person.statements.edges.node.medium', 'StatementMedium'],
    ['HowSchiffConnectsToClegg', 'paths.edges.node.edges.type', 'PathEdgeType'],
  ])('checks %s %s, typed %s', (operation, path, enumName) => {
    // Guards the walk above: these known enum fields of the examples are among the ones it checks.
    const field = enumFields.find((f) => f.operation === operation && f.path.join('.') === path);
    expect(field?.enumType.name).toBe(enumName);
  });

  function moduleExports(fileName: string): Map<string, ts.Symbol> {
    const source = program.getSourceFile(fileName);
    if (!source) throw new Error(`${fileName} is not in the program`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${fileName} is not a module`);
    return new Map(checker.getExportsOfModule(moduleSymbol).map((s) => [s.getName(), s]));
  }

  /** The object types a value of this type can be: nulls dropped, arrays unwrapped, unions spread. */
  function objectsIn(type: ts.Type): ts.Type[] {
    return leavesOf(type).filter((t) => (t.flags & ts.TypeFlags.Object) !== 0);
  }

  /** The members of a type once nulls are dropped, arrays unwrapped and unions spread. */
  function leavesOf(type: ts.Type): ts.Type[] {
    if (type.isUnion()) return type.types.flatMap((t) => leavesOf(t));
    if (type.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) return [];
    if (checker.isArrayType(type)) return checker.getTypeArguments(type as ts.TypeReference).flatMap((t) => leavesOf(t));
    return [type];
  }

  function nullableIn(type: ts.Type): boolean {
    return type.isUnion() ? type.types.some((t) => (t.flags & ts.TypeFlags.Null) !== 0) : (type.flags & ts.TypeFlags.Null) !== 0;
  }

  /** The string literals a type stands for, sorted; throws if any member is not a string literal. */
  function stringLiterals(type: ts.Type): string[] {
    return leavesOf(type)
      .map((t) => {
        if (!t.isStringLiteral()) throw new Error(`not a string literal: ${checker.typeToString(t)}`);
        return t.value;
      })
      .sort();
  }
});

function resultTypeName(operation: OperationDefinitionNode): string {
  const kind = operation.operation;
  return `${operation.name!.value}${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
}

function valuesOf(enumType: GraphQLEnumType): string[] {
  return enumType
    .getValues()
    .map((v) => v.name)
    .sort();
}
