/**
 * What a scenario is checked with, in one place: the grader (`gradeScenario`) and the scenario
 * page's editor (`EditorCheckContext`) take the same date, ledger and warehouse filings, and both
 * sign before checking ("sign and declare"), so the editor shows the grade's findings.
 */
import type { LedgerEntry } from '#sandbox';
import type { EditorCheckContext } from '../editor/diagnostics.ts';
import type { Scenario } from './schema.ts';

export function scenarioCheckContext(s: Pick<Scenario, 'asOf' | 'ledger' | 'store'>): EditorCheckContext & { asOf: string; ledger: LedgerEntry[]; warehouseFilings: string[] } {
  return { asOf: s.asOf, ledger: [...s.ledger], warehouseFilings: s.store.warehouseFiling ? [s.store.seller.code] : [], sign: true };
}
