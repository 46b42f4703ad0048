/**
 * Runs every fixture set in sandbox/fixtures through the engine, and a few through the CLI.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkSubmission } from '#sandbox/engine.ts';
import { fixtureSetNames, loadFixtureSet } from '../../factories/fixture-sets.ts';

const repo = new URL('../../../', import.meta.url).pathname;
const sets = fixtureSetNames();

describe('fixture sets', () => {
  it('has at least 40 sets', () => {
    expect(sets.length).toBeGreaterThanOrEqual(40);
  });
  describe.each(sets)('%s', (name) => {
    const { texts, expected, options } = loadFixtureSet(name);
    const r = checkSubmission({ messages: texts, ...options });
    const errors = new Set(r.findings.filter((f) => f.severity === 'error').map((f) => f.code));
    const warnings = new Set(r.findings.filter((f) => f.severity === 'warning').map((f) => f.code));
    it(`${expected.description}: verdict`, () => {
      expect(r.verdict.accepted ? 0 : 1).toBe(expected.exit);
      if (expected.exit === 0) expect([...errors]).toEqual([]);
    });
    it('reports the intended codes', () => {
      for (const c of expected.errors) expect([...errors]).toContain(c);
      for (const c of expected.warnings) expect([...warnings]).toContain(c);
    });
    it('yields the expected receipts in order', () => {
      const got = r.receipts.map((m) => `${m.kind}:${/"returnStatus":"([^"]*)"/.exec(JSON.stringify(m))?.[1] ?? '-'}`);
      expect(got).toEqual(expected.receipts);
    });
  });
});

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'sandbox/src/cli.ts', ...args], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI', () => {
  it('exits 0 on a good set and prints receipts and the tax bill', () => {
    const r = cli(['check', 'sandbox/fixtures/import-good-formula']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('CEB622');
    expect(r.stdout).toContain('CEB816');
  }, 60_000);
  it('exits 1 when something is rejected, with --json', () => {
    const r = cli(['check', 'sandbox/fixtures/match-amount-paid', '--json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { verdict: { accepted: boolean }; findings: Array<{ code: string }> };
    expect(out.verdict.accepted).toBe(false);
    expect(out.findings.map((f) => f.code)).toContain('MATCH_AMOUNT_PAID');
  }, 60_000);
  it('counts findings in English with their plural form', () => {
    const r = cli(['check', 'sandbox/fixtures/export-statistics-flag-unknown']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Findings (1 error, 0 warnings)');
  }, 60_000);
  it('applies --as-of, --ledger and --no-signature-check', () => {
    expect(cli(['check', 'sandbox/fixtures/limit-2026-3000-passes', '--as-of', '2018-06-01', '--no-signature-check']).status).toBe(1);
    expect(cli(['check', 'sandbox/fixtures/import-good-formula', '--ledger', 'sandbox/fixtures/annual-limit-ledger/ledger.json']).status).toBe(1);
    expect(cli(['check', 'sandbox/fixtures/sig-missing-check-off']).status).toBe(1);
    expect(cli(['check', 'sandbox/fixtures/sig-missing-check-off', '--no-signature-check']).status).toBe(0);
  }, 120_000);
  it('exits 2 on usage errors and unreadable files', () => {
    expect(cli(['check']).status).toBe(2);
    expect(cli(['check', 'no/such/file.xml']).status).toBe(2);
    expect(cli(['check', 'sandbox/fixtures/import-good-formula', '--as-of', 'yesterday']).status).toBe(2);
    expect(cli(['frobnicate']).status).toBe(2);
  }, 120_000);
  it('prints a valid example of a kind', () => {
    const r = cli(['example', 'CEB621']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('CEB621Message');
  }, 60_000);
});
