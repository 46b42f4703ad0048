/**
 * The engine's fixture corpus (sandbox/fixtures/<set>/: NN-CEBnnn.xml|json in batch order, optional
 * options.json, expected.json), read one way for the unit, parity and e2e tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckOptions } from '#sandbox/engine.ts';

export const FIXTURE_SETS_DIR = fileURLToPath(new URL('../../sandbox/fixtures/', import.meta.url));

/** What a set is meant to produce: exit code, finding codes, receipts as `KIND:returnStatus`. */
export interface ExpectedOutcome {
  description: string;
  exit: 0 | 1;
  errors: string[];
  warnings: string[];
  receipts: string[];
}

export interface FixtureSet {
  name: string;
  /** The messages' texts, in batch order. */
  texts: string[];
  options: CheckOptions;
  expected: ExpectedOutcome;
}

/** The names of every set, sorted. */
export function fixtureSetNames(): string[] {
  return readdirSync(FIXTURE_SETS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

export function loadFixtureSet(name: string): FixtureSet {
  const dir = join(FIXTURE_SETS_DIR, name);
  const files = readdirSync(dir).filter((f) => /^\d\d-CEB\d{3}\.(xml|json)$/.test(f)).sort();
  const optionsFile = join(dir, 'options.json');
  return {
    name,
    texts: files.map((f) => readFileSync(join(dir, f), 'utf8')),
    options: existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as CheckOptions) : {},
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as ExpectedOutcome,
  };
}
