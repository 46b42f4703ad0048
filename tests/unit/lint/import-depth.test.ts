// No import climbs more than two `../`: ESLint refuses it in .ts/.tsx/.js/.mjs files (every wall
// repeats the pattern), and this scan covers what ESLint does not read (.astro frontmatter and
// scripts) and dynamic `import()`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';

const eslint = new ESLint({ cwd: process.cwd() });
const ROOTS = ['src', 'sandbox', 'tests', 'scripts'];
const SOURCE = /\.(ts|tsx|mts|js|mjs|astro)$/;
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]((?:\.\.\/){3,}[^'"]*)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : sourceFiles(path);
    return SOURCE.test(d.name) ? [path] : [];
  });
}

/** `file:line specifier` for every import of `text` that climbs three or more levels. */
function deepImports(file: string, text: string): string[] {
  return [...text.matchAll(SPECIFIER)].map((m) => `${file}:${text.slice(0, m.index).split('\n').length} ${m[1] ?? ''}`);
}

async function lint(file: string, code: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(file)) as Linter.Config;
  const rule = config.rules?.['no-restricted-imports'];
  if (!rule) throw new Error(`no import rule applies to ${file}`);
  const linter = new Linter({ configType: 'flat' });
  return linter
    .verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: { 'no-restricted-imports': rule } }], file)
    .map((m) => m.message);
}

describe('import depth', () => {
  it('the scan finds a deep import, static or dynamic, and leaves two levels alone', () => {
    expect(deepImports('a.astro', "import X from '../../../x.ts';\nconst y = await import('../../../../y.ts');\nimport z from '../../z.ts';")).toEqual([
      'a.astro:1 ../../../x.ts',
      'a.astro:2 ../../../../y.ts',
    ]);
  });

  it('no source file imports through three or more ../', () => {
    // This file's own examples are strings, not imports.
    const files = ROOTS.flatMap((root) => sourceFiles(root)).filter((f) => f !== join('tests', 'unit', 'lint', 'import-depth.test.ts'));
    const found = files.flatMap((f) => deepImports(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it.each(['src/pages/[...lang]/sandbox/orders/_order-page.ts', 'src/lib/auth/permissions.ts', 'sandbox/src/index.ts', 'tests/unit/lint/walls.test.ts', 'scripts/seed.ts'])(
    'ESLint refuses ../../../ in %s and accepts ../../',
    async (file) => {
      expect((await lint(file, "import { x } from '../../../lib/x.ts';")).join('\n')).toContain('climbs at most two ../');
      expect(await lint(file, "import { x } from '../../x.ts';")).toEqual([]);
    },
  );
});
