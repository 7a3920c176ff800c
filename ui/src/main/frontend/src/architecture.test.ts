import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The folder rule, read from the import lines (as the ejb module's ArchitectureTest reads its classes). Feature
 * folders never import one another: what two of them share lives in a shared folder, and the app (the composition
 * root) puts features together, passing one into another as a slot. Shared folders never import a feature.
 */
const SRC = resolve(__dirname);
const FEATURES = ['inbox', 'thread', 'people', 'bulk', 'pools', 'reports', 'search', 'shell'];
/**
 * What every folder may use: the UI kit, behaviour, shared operations, strings, generated types, the app's core, the
 * composer (the thread and the new-conversation screen both write with it) and, in tests, the test harness.
 */
const SHARED = ['ui', 'lib', 'api', 'i18n', 'gql', 'app', 'compose', 'test'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'gql' ? [] : sourceFiles(path);
    }
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** The top folder under src/ of each relative import of a file, with the file's own. */
function importsOf(file: string): { from: string; to: string; specifier: string }[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.[^']+)'/g)].map((m) => m[1]);
  const from = relative(SRC, file).split(sep)[0];
  return specifiers.map((specifier) => ({
    from,
    to: relative(SRC, resolve(dirname(file), specifier)).split(sep)[0],
    specifier,
  }));
}

const imports = sourceFiles(SRC).flatMap((file) =>
  importsOf(file).map((i) => ({ ...i, file: relative(SRC, file) })),
);

describe('the folder rule', () => {
  it('finds the imports it checks', () => {
    expect(imports.length).toBeGreaterThan(200);
    expect(imports).toContainEqual(expect.objectContaining({ from: 'inbox', to: 'app' }));
  });

  it('lets a feature folder import only itself and the shared folders', () => {
    const wrong = imports
      .filter((i) => FEATURES.includes(i.from) && i.to !== i.from && !SHARED.includes(i.to))
      // Tests render through the one test helper.
      .filter((i) => !(i.to === 'test' && /\.test\.tsx?$/.test(i.file)))
      .map((i) => `${i.file} imports ${i.specifier}`);
    expect(wrong).toEqual([]);
  });

  it('keeps features out of the shared folders (the app and the catalogs of strings aside)', () => {
    const wrong = imports
      .filter((i) => ['ui', 'lib', 'api', 'compose', 'i18n'].includes(i.from) && FEATURES.includes(i.to))
      // i18n/messages.ts merges each feature's catalog: messages.ts files hold strings only.
      .filter((i) => !(i.from === 'i18n' && /\/messages$/.test(i.specifier)))
      .map((i) => `${i.file} imports ${i.specifier}`);
    expect(wrong).toEqual([]);
  });
});
