import { classifyStatement } from '../../../src/import/classifyStatement';
import { splitStatements } from '../../../src/import/splitStatements';

const kind = (text: string) => classifyStatement(splitStatements(text)[0]);

describe('classifyStatement', () => {
  it.each([
    'CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE',
    'create index source_url if not exists for (s:Source) on (s.url)',
    'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name]',
    'CREATE TEXT INDEX t IF NOT EXISTS FOR (n:X) ON (n.x)',
    'DROP CONSTRAINT person_id IF EXISTS',
    'DROP INDEX x IF EXISTS',
    'SHOW INDEXES',
    '// schema\nCREATE RANGE INDEX r IF NOT EXISTS FOR (n:X) ON (n.y)',
  ])('takes %p for a schema statement', (text) => {
    expect(kind(text)).toBe('schema');
  });

  it.each([
    'LOAD CSV WITH HEADERS FROM $url AS row CALL (row) { MERGE (:X {id: row.id}) } IN TRANSACTIONS OF 500 ROWS',
    'MATCH (n) CALL (n) { DETACH DELETE n } IN 4 CONCURRENT TRANSACTIONS',
    'UNWIND range(1, 10) AS i CALL { WITH i CREATE (:X {i: i}) } IN\n  TRANSACTIONS',
  ])('takes %p for a batched statement', (text) => {
    expect(kind(text)).toBe('batched');
  });

  it.each([
    'CREATE (:Index {id: 1})',
    'CREATE (i:INDEX)',
    "MERGE (s:Statement {id: 'x'}) SET s.text = 'we will CREATE INDEX; later IN TRANSACTIONS'",
    'MATCH (n) WHERE n.kind IN $kinds RETURN n // IN TRANSACTIONS',
    'SHOWCASE',
  ])('takes %p for a data statement', (text) => {
    expect(kind(text)).toBe('data');
  });
});
