// Loads TypeScript files in a child process the tests start (the API, the import and validate commands, a writer),
// as `ts-node --transpile-only` does, but keeps what it compiled: `node -r ./tests/helpers/tsRegister.cjs src/index.ts`.
//
// ts-node compiles every file again in each process: about 4 s of CPU for the API's 250 files, paid by every child
// (a test run starts about twenty, and the workers test's cluster forks compile them once more each). Here each file
// is compiled once per content, by TypeScript's own `transpileModule` with the project's compiler options (the same
// output ts-node gives), and later processes read the JavaScript from `node_modules/.cache/influence-graph-ts`.
// A process that finds every file there never loads TypeScript. Plain JavaScript: it runs before anything compiles.
'use strict';

const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const cacheDir = process.env.TS_REGISTER_CACHE ?? path.join(root, 'node_modules', '.cache', 'influence-graph-ts');

let typescript;
let compilerOptions;
/** What changes the output besides a file's text: the compiler's version and the project's options. */
const salt = (() => {
  const version = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'typescript', 'package.json'), 'utf8')).version;
  return version + '\0' + fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8');
})();

function compile(source, filename) {
  if (!typescript) {
    typescript = require('typescript');
    const file = path.join(root, 'tsconfig.json');
    const { config } = typescript.readConfigFile(file, typescript.sys.readFile);
    const parsed = typescript.parseJsonConfigFileContent(config, typescript.sys, root, undefined, file);
    // One file at a time, no maps (stack traces point into the JavaScript, as with a build without source maps).
    compilerOptions = { ...parsed.options, sourceMap: false, inlineSourceMap: false, declaration: false, noEmit: false };
  }
  return typescript.transpileModule(source, { fileName: filename, compilerOptions, reportDiagnostics: false }).outputText;
}

require.extensions['.ts'] = function loadTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const key = createHash('sha256').update(salt).update('\0').update(filename).update('\0').update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    output = compile(source, filename);
    // Written whole under a name of its own, then renamed: a process reading beside it sees the file whole or not at all.
    fs.mkdirSync(cacheDir, { recursive: true });
    const partial = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(partial, output);
    fs.renameSync(partial, cached);
  }
  module._compile(output, filename);
};
