import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '#lib/content/check.ts';

const dir = mkdtempSync(join(tmpdir(), 'scenario-check-'));
const root = join(dir, 'content');
cpSync(join(process.cwd(), 'content'), root, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lessonFile = join(root, 'courses/import-tax/01-limits.mdx');
const scenarioProblems = () => loadContent(root).problems.filter((p) => /scenario/i.test(p.message) || p.file.includes('scenarios/'));

describe('content check of sandbox scenarios', () => {
  it('the shipped content has no scenario problems', () => {
    expect(scenarioProblems()).toEqual([]);
  });

  it('fails when a <SandboxTask> names an unknown scenario', () => {
    const text = readFileSync(lessonFile, 'utf8');
    writeFileSync(lessonFile, text.replace('scenario="import-watch-full-tax"', 'scenario="no-such-scenario"'));
    expect(scenarioProblems().some((p) => p.field === '<SandboxTask>' && p.message.includes('no-such-scenario'))).toBe(true);
    writeFileSync(lessonFile, text);
  });

  it('fails when the scenarios: list names an unknown scenario', () => {
    const text = readFileSync(lessonFile, 'utf8');
    writeFileSync(lessonFile, text.replace('scenarios: [import-watch-full-tax]', 'scenarios: [import-watch-full-tax, ghost-task]'));
    expect(scenarioProblems().some((p) => p.field === 'scenarios' && p.message.includes('ghost-task'))).toBe(true);
    writeFileSync(lessonFile, text);
  });

  it('fails when a scenario file breaks its schema or misses its solution', () => {
    const yamlFile = join(root, 'scenarios/import-tax-total/scenario.yaml');
    const text = readFileSync(yamlFile, 'utf8');
    writeFileSync(yamlFile, text.replace('asOf: 2026-03-15', 'asOf: 15.03.2026'));
    expect(scenarioProblems()).toContainEqual(expect.objectContaining({ field: 'asOf' }));
    writeFileSync(yamlFile, text);
    rmSync(join(root, 'scenarios/import-tax-total/solution/CEB511.xml'));
    expect(scenarioProblems()).toContainEqual(expect.objectContaining({ field: 'CEB511' }));
  });
});
