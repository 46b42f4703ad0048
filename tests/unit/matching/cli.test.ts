import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'matching-cli-'));

function run(content: string) {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, content);
  return spawnSync('npm', ['run', '-s', 'matching', '--', 'assign', file], { encoding: 'utf8' });
}

describe('npm run -s matching -- assign FILE.json', () => {
  it('prints the assignment, each order ranking and explanations', () => {
    const r = run(
      JSON.stringify({
        orders: [{ id: 'o1', seats: 1, requires: { 'three-doc-match': 60 }, park: 'bonded' }],
        learners: [
          { id: 'a', skills: { 'three-doc-match': 72 }, sandboxAccuracy: 80, park: 'bonded', applications: ['o1'] },
          { id: 'b', skills: { 'three-doc-match': 50 }, applications: ['o1'] },
          { id: 'c', skills: {}, applications: [] },
        ],
      }),
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { assignment: unknown; orderRanking: unknown; explanations: Record<string, Record<string, { zh: string[] }>> };
    expect(out.assignment).toEqual({ a: 'o1', b: null, c: null });
    expect(out.orderRanking).toEqual({ o1: ['a'] });
    expect(out.explanations['a']?.['o1']?.zh).toContain('三单对碰 72 / 要求 60 ✓');
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['unknown order', JSON.stringify({ orders: [], learners: [{ id: 'x', skills: {}, applications: ['nope'] }] }), /unknown order "nope"/],
    ['negative seats', JSON.stringify({ orders: [{ id: 'o', seats: -1, requires: {} }], learners: [] }), /orders\.0\.seats/],
  ])('exits 2 with one line for %s', (_name, content, message) => {
    const r = run(content);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
