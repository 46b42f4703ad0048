/**
 * The matching engine's CLI, for checking it from outside:
 *   npm run -s matching -- assign FILE.json
 * prints {"assignment","orderRanking","explanations"} as JSON; bad input exits
 * 2 with one line naming the problem.
 */
import { readFileSync } from 'node:fs';
import { assignLearners, explainApplications } from '#lib/matching/assign.ts';
import { explainLines } from '#lib/matching/explain.ts';
import { parseAssignmentInput } from '#lib/matching/input.ts';

function fail(message: string): never {
  process.stderr.write(`matching: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(2);
}

const [command, file, ...rest] = process.argv.slice(2);
if (command !== 'assign' || !file || rest.length > 0) fail('usage: matching assign FILE.json');
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
const parsed = parseAssignmentInput(text);
if (!parsed.ok) fail(parsed.message);
const { assignment, orderRanking } = assignLearners(parsed.input);
const explanations: Record<string, Record<string, unknown>> = {};
for (const [learner, byOrder] of Object.entries(explainApplications(parsed.input))) {
  explanations[learner] = Object.fromEntries(Object.entries(byOrder).map(([order, b]) => [order, { ...b, zh: explainLines(b, 'zh-CN'), en: explainLines(b, 'en') }]));
}
process.stdout.write(`${JSON.stringify({ assignment, orderRanking, explanations }, null, 2)}\n`);
