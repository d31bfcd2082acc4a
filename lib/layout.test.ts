// The module graph of the product (entrypoints/, components/, lib/; tests left out), read with the
// TypeScript compiler's own import scanner: no import cycles, type-only imports included (#14: a
// newcomer can follow the code one way), and no export that nothing imports in the content script's
// rooms and the painter.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const DIRS = ['entrypoints', 'components', 'lib'];

const isTest = (f: string) => /\.(test|suite)\.tsx?$/.test(f);
const isModule = (f: string) => /\.(ts|tsx)$/.test(f) && !isTest(f) && !f.endsWith('.d.ts');

/** The files under `dir` that `keep` keeps. */
function walk(dir: string, keep: (f: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, keep) : keep(p) ? [p] : [];
  });
}

const files = DIRS.flatMap((d) => walk(path.join(ROOT, d), isModule));
const known = new Set(files);

/** A module name as a file of ours, or null (packages, WXT's virtual modules, assets). */
function resolve(from: string, name: string): string | null {
  const base = name.startsWith('@/') ? path.join(ROOT, name.slice(2)) : name.startsWith('.') ? path.resolve(path.dirname(from), name) : null;
  if (!base) return null;
  for (const f of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) if (known.has(f)) return f;
  return null;
}

const source = (f: string) => fs.readFileSync(f, 'utf8');
const graph = new Map(files.map((f) => [f, ts.preProcessFile(source(f), true, true).importedFiles.map((i) => resolve(f, i.fileName)).filter((x): x is string => !!x)]));

it('reads the whole product', () => {
  expect(files.length).toBeGreaterThan(150);
  // The scanner sees type-only imports and re-exports too.
  expect(graph.get(path.join(ROOT, 'lib/store/search-index.ts'))).toContain(path.join(ROOT, 'lib/store/db.ts'));
});

it('has no import cycle, type-only imports included', () => {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') cycles.push([...stack.slice(stack.indexOf(g)), g].map((x) => path.relative(ROOT, x)).join(' → '));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  expect(cycles).toEqual([]);
});

it('exports nothing that no other module imports, in the content script and the painter', () => {
  const rooms = files.filter((f) => /^(entrypoints\/content|lib\/highlight)\//.test(path.relative(ROOT, f)));
  // Every name each module imports from each other module (a namespace or side-effect import counts as all).
  const used = new Map<string, Set<string> | 'all'>();
  const all = [...files, ...DIRS.flatMap((d) => walk(path.join(ROOT, d), isTest))];
  for (const f of all) {
    const sf = ts.createSourceFile(f, source(f), ts.ScriptTarget.Latest, false, f.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    for (const st of sf.statements) {
      const spec = (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : null;
      const target = spec && resolve(f, spec);
      if (!target) continue;
      const names = used.get(target) ?? new Set<string>();
      if (names === 'all') continue;
      let whole = false;
      if (ts.isImportDeclaration(st)) {
        const clause = st.importClause;
        if (!clause) whole = true;
        else {
          if (clause.name) names.add('default');
          const b = clause.namedBindings;
          if (b && ts.isNamespaceImport(b)) whole = true;
          else if (b) for (const el of b.elements) names.add((el.propertyName ?? el.name).text);
        }
      } else if (ts.isExportDeclaration(st)) {
        if (!st.exportClause || ts.isNamespaceExport(st.exportClause)) whole = true;
        else for (const el of st.exportClause.elements) names.add((el.propertyName ?? el.name).text);
      }
      used.set(target, whole ? 'all' : names);
    }
  }
  const dead: string[] = [];
  const everything = all.map(source).join('\n');
  for (const f of rooms) {
    // Entry files and modules loaded by a dynamic import() are reached by path.
    if (used.get(f) === 'all' || /\/index\.tsx?$/.test(f) || new RegExp(`import\\(['"][^'"]*/${path.basename(f).replace(/\.tsx?$/, '')}['"]`).test(everything)) continue;
    const names = used.get(f) as Set<string> | undefined;
    const sf = ts.createSourceFile(f, source(f), ts.ScriptTarget.Latest, false);
    for (const st of sf.statements) {
      const exported = ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) continue;
      const declared = ts.isVariableStatement(st) ? st.declarationList.declarations.map((d) => d.name.getText(sf)) : 'name' in st && st.name ? [(st.name as ts.Identifier).text] : [];
      for (const n of declared) if (!names?.has(n)) dead.push(`${path.relative(ROOT, f)}: ${n}`);
    }
  }
  expect(dead).toEqual([]);
});

