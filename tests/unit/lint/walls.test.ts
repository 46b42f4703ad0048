// The ESLint walls must still apply to the `#…` subpath imports of package.json:
// a forbidden import written with a `#` name fails lint exactly like a relative one.
import { describe, expect, it } from 'vitest';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportsFor(existingFile: string): Promise<Linter.RuleEntry> {
  const config = (await eslint.calculateConfigForFile(existingFile)) as Linter.Config;
  const rule = config.rules?.['no-restricted-imports'];
  if (!rule) throw new Error(`no import wall applies to ${existingFile}`);
  return rule;
}

function lint(code: string, filename: string, rule: Linter.RuleEntry): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: { 'no-restricted-imports': rule } }],
    filename,
  );
  return messages.map((m) => m.message);
}

describe('lint walls with subpath imports', () => {
  it.each([
    ["import { db } from '#server/db.ts';", 'src/server is the Astro shell'],
    ["import Field from '#components/ui/Field.astro';", 'render nothing'],
    ["import BaseLayout from '#layouts/BaseLayout.astro';", 'render nothing'],
    ["import { loadOrderPage } from '#pages/[...lang]/sandbox/orders/_order-page.ts';", 'render nothing'],
    ["import { defineAction } from 'astro:actions';", 'no Astro imports'],
  ])('src/lib refuses %s', async (code, message) => {
    const rule = await restrictedImportsFor('src/lib/auth/permissions.ts');
    expect(lint(code, 'src/lib/auth/example.ts', rule).join('\n')).toContain(message);
  });

  it('src/lib may import other domain code by its # name', async () => {
    const rule = await restrictedImportsFor('src/lib/auth/permissions.ts');
    expect(lint("import { getDb } from '#lib/db/client.ts';", 'src/lib/auth/example.ts', rule)).toEqual([]);
  });

  it.each([
    ["import { can } from '#lib/auth/permissions.ts';"],
    ["import { t } from '#i18n/index.ts';"],
    ["import { db } from '#server/db.ts';"],
  ])('the sandbox engine refuses %s', async (code) => {
    const rule = await restrictedImportsFor('sandbox/src/index.ts');
    expect(lint(code, 'sandbox/src/example.ts', rule).length).toBeGreaterThan(0);
  });
});
