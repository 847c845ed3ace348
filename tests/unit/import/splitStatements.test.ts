import { splitStatements } from '../../../src/import/splitStatements';
import { lintScript } from '../../../src/import/lintScript';

const texts = (script: string) => splitStatements(script).map((s) => s.text);

describe('splitStatements', () => {
  it('splits on semicolons and trims each statement', () => {
    expect(texts('CREATE (a);\n  CREATE (b) ;\nRETURN 1')).toEqual(['CREATE (a)', 'CREATE (b)', 'RETURN 1']);
  });

  it('gives the 1-based line and column of each statement start', () => {
    const statements = splitStatements('CREATE (a);\n\n   MATCH (n)\nRETURN n; RETURN 2;');
    expect(statements.map(({ line, column }) => [line, column])).toEqual([
      [1, 1],
      [3, 4],
      [4, 11],
    ]);
  });

  it('keeps semicolons inside single- and double-quoted strings, with backslash escapes', () => {
    const script = `CREATE (:A {t: 'a; b', u: 'it\\'s; here'});\nCREATE (:B {t: "x; \\"y;\\" z"});`;
    expect(texts(script)).toEqual([`CREATE (:A {t: 'a; b', u: 'it\\'s; here'})`, `CREATE (:B {t: "x; \\"y;\\" z"})`]);
  });

  it('keeps a backslash-escaped backslash from swallowing the closing quote', () => {
    expect(texts(`RETURN 'a\\\\'; RETURN 2`)).toEqual([`RETURN 'a\\\\'`, 'RETURN 2']);
  });

  it('keeps semicolons inside backtick names, including doubled backticks', () => {
    expect(texts('CREATE (:`We;ird` {`a;b``c;`: 1}); RETURN 2')).toEqual(['CREATE (:`We;ird` {`a;b``c;`: 1})', 'RETURN 2']);
  });

  it('ignores semicolons in line comments and block comments', () => {
    const script = 'CREATE (a) // not; the end\nSET a.x = 1 /* nor; this;\n still; */ ;\nRETURN 1;';
    expect(texts(script)).toEqual(['CREATE (a) // not; the end\nSET a.x = 1 /* nor; this;\n still; */', 'RETURN 1']);
  });

  it('does not treat // inside a string as a comment', () => {
    expect(texts(`CREATE (:S {url: 'https://example.org/a;b'}); RETURN 1`)).toEqual([`CREATE (:S {url: 'https://example.org/a;b'})`, 'RETURN 1']);
  });

  it('does not treat quotes inside comments as strings', () => {
    expect(texts(`// don't stop here\nRETURN 1; /* "unbalanced */ RETURN 2;`)).toEqual(['RETURN 1', 'RETURN 2']);
  });

  it('drops empty and comment-only statements', () => {
    expect(texts(';;\n// only a comment;\n/* block; */ ;\n  ;RETURN 1;\n// trailing comment\n')).toEqual(['RETURN 1']);
    expect(splitStatements('')).toEqual([]);
    expect(splitStatements('  \n// nothing\n')).toEqual([]);
  });

  it('starts a statement at its first token, after leading comments', () => {
    const [first] = splitStatements('// header; with semicolon\n/* block */  MERGE (n:X {id: 1});');
    expect(first).toMatchObject({ text: 'MERGE (n:X {id: 1})', line: 2, column: 14 });
  });

  it('counts lines on \\n in files with Windows line endings', () => {
    const statements = splitStatements('RETURN 1;\r\n\r\nRETURN 2;\r\n');
    expect(statements.map((s) => [s.text, s.line, s.column])).toEqual([
      ['RETURN 1', 1, 1],
      ['RETURN 2', 3, 1],
    ]);
  });

  it('ignores a leading byte-order mark', () => {
    expect(splitStatements('\uFEFFRETURN 1;')).toEqual([expect.objectContaining({ text: 'RETURN 1', line: 1, column: 1 })]);
  });

  it('ends an unterminated string or comment where the parser recovers (the next semicolon), for Neo4j to report there', () => {
    expect(texts(`RETURN 'open; RETURN 2`)).toEqual([`RETURN 'open`, 'RETURN 2']);
    expect(texts('RETURN 1 /* open; RETURN 2')).toEqual(['RETURN 1 /* open', 'RETURN 2']);
  });

  it('blanks strings, names and comments in code, keeping positions', () => {
    const [statement] = splitStatements(`CREATE (:\`IN TRANSACTIONS\` {t: 'IN TRANSACTIONS'}) // IN TRANSACTIONS\nRETURN 1`);
    expect(statement.code).toHaveLength(statement.text.length);
    expect(statement.code).not.toMatch(/TRANSACTIONS/);
    expect(statement.code.indexOf('RETURN')).toBe(statement.text.indexOf('RETURN'));
  });
});

describe('lintScript', () => {
  it('reports a syntax error with the file, line and column, before anything reaches Neo4j', () => {
    const statements = splitStatements('CREATE (a:X {id: 1});\n\nMATCH (n:X)\n  RETRUN n;');
    expect(() => lintScript('my.cypher', statements)).toThrow(/^my\.cypher:4:3: Invalid input 'RETRUN'/);
  });

  it('accepts what the seed writes, parameters included', () => {
    expect(() => lintScript('ok.cypher', splitStatements("MERGE (n:Person:Entity {id: 'x'}) ON CREATE SET n.createdAt = datetime() SET n.name = $name;"))).not.toThrow();
  });
});
