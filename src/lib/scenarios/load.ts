/**
 * Reads `content/scenarios/<id>/` (scenario.yaml, start/*.xml, solution/*.xml) with node fs and
 * validates it. Framework-free: used by the content collection, the content checker and the tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { MessageKind } from '#sandbox';
import { scenarioSchema, type Scenario } from './schema.ts';
import { opsScenarioSchema, type OpsScenario } from './ops-schema.ts';

export interface ScenarioProblem {
  file: string;
  field: string;
  message: string;
}

function readKindFiles(dir: string, allowed: readonly string[], problems: ScenarioProblem[], label: string): Partial<Record<MessageKind, string>> {
  const out: Partial<Record<MessageKind, string>> = {};
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const m = /^(CEB\d{3})\.xml$/.exec(name);
    const kind = m?.[1];
    if (kind === undefined || !allowed.includes(kind)) {
      problems.push({ file: join(label, name), field: '(file)', message: `expected <KIND>.xml for a kind in submit (${allowed.join(', ')})` });
      continue;
    }
    out[kind as MessageKind] = readFileSync(join(dir, name), 'utf8');
  }
  return out;
}

/** Loads one scenario folder; `problems` names every file and field that is wrong. */
export function loadScenarioDir(dir: string, label = dir): { scenario?: Scenario; problems: ScenarioProblem[] } {
  const problems: ScenarioProblem[] = [];
  const file = join(dir, 'scenario.yaml');
  if (!existsSync(file)) return { problems: [{ file: label, field: 'scenario.yaml', message: 'missing scenario.yaml' }] };
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8')) as unknown;
  } catch (e) {
    return { problems: [{ file: join(label, 'scenario.yaml'), field: '(yaml)', message: (e as Error).message }] };
  }
  const r = scenarioSchema.safeParse(raw);
  if (!r.success) {
    return { problems: r.error.issues.map((i) => ({ file: join(label, 'scenario.yaml'), field: i.path.join('.') || '(root)', message: i.message })) };
  }
  const folder = label.split('/').pop();
  if (folder !== undefined && folder !== r.data.id) problems.push({ file: join(label, 'scenario.yaml'), field: 'id', message: 'id must equal the folder name' });
  const start = readKindFiles(join(dir, 'start'), r.data.submit, problems, join(label, 'start'));
  const solution = readKindFiles(join(dir, 'solution'), r.data.submit, problems, join(label, 'solution'));
  for (const k of r.data.submit) {
    if (solution[k] === undefined) problems.push({ file: join(label, 'solution'), field: k, message: `reference solution misses ${k}.xml` });
  }
  if (r.data.task === 'fix' && Object.keys(start).length === 0) problems.push({ file: join(label, 'start'), field: '(files)', message: 'a fix task needs starting messages' });
  return { scenario: { ...r.data, start, solution }, problems };
}

/** Every scenario under `root` (the `content/scenarios` folder), sorted by id. */
export function loadScenarios(root: string): { scenarios: Scenario[]; problems: ScenarioProblem[] } {
  const scenarios: Scenario[] = [];
  const problems: ScenarioProblem[] = [];
  if (!existsSync(root)) return { scenarios, problems };
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    if (!statSync(dir).isDirectory() || isOpsDir(dir)) continue;
    const r = loadScenarioDir(dir, `content/scenarios/${name}`);
    problems.push(...r.problems);
    if (r.scenario) scenarios.push(r.scenario);
  }
  return { scenarios, problems };
}

/** Whether a folder holds an operations scenario (its scenario.yaml names a `kind`); customs ones do not. */
function isOpsDir(dir: string): boolean {
  const file = join(dir, 'scenario.yaml');
  if (!existsSync(file)) return false;
  try {
    const raw = parseYaml(readFileSync(file, 'utf8')) as unknown;
    return typeof raw === 'object' && raw !== null && 'kind' in raw && (raw as { kind?: unknown }).kind !== 'customs';
  } catch {
    return false;
  }
}

/** Every operations scenario (listing, reply, pricing) under `root`, sorted by id; see ops-schema.ts. */
export function loadOpsScenarios(root: string): { scenarios: OpsScenario[]; problems: ScenarioProblem[] } {
  const scenarios: OpsScenario[] = [];
  const problems: ScenarioProblem[] = [];
  if (!existsSync(root)) return { scenarios, problems };
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    if (!statSync(dir).isDirectory() || !isOpsDir(dir)) continue;
    const label = `content/scenarios/${name}/scenario.yaml`;
    const r = opsScenarioSchema.safeParse(parseYaml(readFileSync(join(dir, 'scenario.yaml'), 'utf8')));
    if (!r.success) {
      problems.push(...r.error.issues.map((i) => ({ file: label, field: i.path.join('.') || '(root)', message: i.message })));
      continue;
    }
    if (r.data.id !== name) problems.push({ file: label, field: 'id', message: 'id must equal the folder name' });
    scenarios.push(r.data);
  }
  return { scenarios, problems };
}
