import { Model, defaultModel, type Property, type Schema } from '@alephdata/followthemoney';
import languages from '@cospired/i18n-iso-languages';

/**
 * The FollowTheMoney model of `@alephdata/followthemoney` (the version package.json pins), loaded once. Exports
 * build their entities with it and imports read theirs through it, so both agree with what Aleph accepts.
 */
export const ftm = new Model(defaultModel);

/**
 * The library's `Schema.getProperties()` rebuilds its map from every parent schema on each call, and `hasProperty`,
 * `getProperty` and `Entity.setProperty` call it for every value: that was most of the time of an FtM export (0.25 ms
 * an entity). The model never changes once loaded, so each schema's answer is computed once and kept.
 */
for (const schema of ftm.getSchemata()) {
  const compute = schema.getProperties.bind(schema);
  const cached = new Map<boolean, Map<string, Property>>();
  schema.getProperties = (qualified = false) => {
    let properties = cached.get(qualified);
    if (!properties) cached.set(qualified, (properties = compute(qualified)));
    return properties;
  };
}

/** An FtM entity as it travels in a JSON-lines stream. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  /** Ids of entities this one was merged from (an FtM stream's "referents"). */
  referents?: string[];
  datasets?: string[];
}

const DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
const ID = /^[A-Za-z0-9._\-:]{1,1024}$/;

/**
 * What is wrong with an FtM entity for the model, as messages (empty when it is valid): a known, non-abstract schema,
 * every property one of that schema's, every value a string valid for the property's type (dates ISO 8601 prefixes,
 * numbers, entity ids, URLs, and the closed vocabularies of countries, languages, topics and genders), required
 * properties present. Ranges of entity properties are not checked (FtM, Aleph and followthemoney-python do not
 * check them on ingest either); docs/interchange.md says where the export relies on it.
 */
export function checkEntity(raw: unknown): string[] {
  const errors: string[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return ['not a JSON object'];
  const entity = raw as Partial<FtmEntity>;
  if (typeof entity.id !== 'string' || !ID.test(entity.id)) errors.push(`"id" must be a string of letters, digits, ".", "-", "_" or ":" (got ${JSON.stringify(entity.id)})`);
  let schema: Schema;
  try {
    schema = ftm.getSchema(entity.schema as string);
  } catch {
    return [...errors, `unknown schema ${JSON.stringify(entity.schema)}`];
  }
  if (schema.abstract) errors.push(`schema ${schema.name} is abstract`);
  const properties = entity.properties ?? {};
  if (typeof properties !== 'object' || Array.isArray(properties)) return [...errors, '"properties" must be an object'];
  for (const [name, values] of Object.entries(properties)) {
    if (!schema.hasProperty(name)) {
      errors.push(`${schema.name} has no property "${name}"`);
      continue;
    }
    if (!Array.isArray(values)) {
      errors.push(`${schema.name}.${name} must be a list of strings`);
      continue;
    }
    const prop = schema.getProperty(name);
    for (const value of values) {
      const problem = typeof value === 'string' ? checkValue(prop.type.name, value, prop.type.values, prop.type.maxLength) : 'not a string';
      if (problem) errors.push(`${schema.name}.${name}: ${JSON.stringify(value)} ${problem}`);
    }
  }
  for (const required of requiredOf(schema)) {
    if (!(properties as Record<string, unknown[]>)[required]?.length) errors.push(`${schema.name} requires "${required}"`);
  }
  for (const key of ['referents', 'datasets'] as const) {
    const list = entity[key];
    if (list !== undefined && (!Array.isArray(list) || list.some((x) => typeof x !== 'string'))) errors.push(`"${key}" must be a list of strings`);
  }
  return errors;
}

/** The required properties of a schema and of every schema it extends (followthemoney-python inherits them). */
export function requiredOf(schema: Schema): string[] {
  let required = REQUIRED.get(schema.name);
  if (!required) {
    const out = new Set<string>(schema.required);
    for (const parent of schema.getParents()) parent.required.forEach((r) => out.add(r));
    REQUIRED.set(schema.name, (required = [...out]));
  }
  return required;
}
const REQUIRED = new Map<string, string[]>();

function checkValue(type: string, value: string, vocabulary: Map<string, string>, maxLength: number): string | null {
  if (value.length === 0) return 'is empty';
  if (maxLength && value.length > maxLength) return `is longer than ${maxLength}`;
  switch (type) {
    case 'date':
      return DATE.test(value) ? null : 'is not an ISO 8601 date';
    case 'number':
      return NUMBER.test(value.replace(/,/g, '')) ? null : 'is not a number';
    case 'entity':
      return ID.test(value) ? null : 'is not an entity id';
    case 'url':
      try {
        new URL(value);
        return null;
      } catch {
        return 'is not a URL';
      }
    case 'country':
    case 'language':
    case 'topic':
    case 'gender':
      return vocabulary.has(value) ? null : `is not a ${type} code of the model`;
    default:
      return null;
  }
}

/** Our ISO 639-1 code (`fr`) as FtM's ISO 639-3 (`fra`), or null when FtM does not know it. */
export function ftmLanguage(code: string | null | undefined): string | null {
  if (!code) return null;
  const three = code.length === 2 ? languages.alpha2ToAlpha3T(code) : code;
  return three && ftm.types.language.values.has(three) ? three : null;
}

/** FtM's ISO 639-3 code as ours (ISO 639-1 where there is one). */
export function ourLanguage(code: string): string {
  return languages.alpha3TToAlpha2(code) ?? languages.alpha3BToAlpha2(code) ?? code;
}
