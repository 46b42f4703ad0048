/**
 * The error catalogue: every stable code the engine can report, its family, bilingual title and
 * the lesson (`<course>/<lesson>` from docs/catalogue-plan.md) that explains it. The `xml` and
 * `format` families come from the message layer; the business families are defined beside this file.
 */
import type { ErrorDefinition } from '../types.ts';
import { arithmeticErrors } from './arithmetic.ts';
import { codeErrors } from './codes.ts';
import { formatErrors } from './format.ts';
import { matchErrors } from './match.ts';
import { policyErrors } from './policy.ts';
import { returnErrors } from './returns.ts';
import { riskErrors } from './risk.ts';
import { signatureErrors } from './signature.ts';
import { summaryErrors } from './summary.ts';
import { taxErrors } from './tax.ts';
import { xmlErrors } from './xml.ts';

export {
  arithmeticErrors, codeErrors, formatErrors, matchErrors, policyErrors, returnErrors, riskErrors,
  signatureErrors, summaryErrors, taxErrors, xmlErrors,
};

/** The whole catalogue, in the order a learner meets the families. */
export const ERROR_CATALOGUE: readonly ErrorDefinition[] = [
  ...xmlErrors, ...formatErrors, ...signatureErrors, ...codeErrors, ...matchErrors, ...arithmeticErrors,
  ...policyErrors, ...taxErrors, ...summaryErrors, ...returnErrors, ...riskErrors,
];

export const ERROR_BY_CODE: ReadonlyMap<string, ErrorDefinition> = new Map(ERROR_CATALOGUE.map((e) => [e.code, e]));

/** The catalogue entry of a code; throws on an unknown code (a programming error). */
export function errorDefinition(code: string): ErrorDefinition {
  const e = ERROR_BY_CODE.get(code);
  if (e === undefined) throw new Error(`unknown error code ${code}`);
  return e;
}
