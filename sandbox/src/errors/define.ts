import type { ErrorDefinition } from '../types.ts';

/** Lesson slugs (docs/catalogue-plan.md) the business rules point at. */
export const L = {
  modes: 'customs-clearance/01-supervision-modes',
  importFlow: 'customs-clearance/02-import-message-flow',
  match: 'customs-clearance/03-three-doc-match',
  receipts: 'customs-clearance/04-receipts-status-codes',
  exportFlow: 'customs-clearance/05-export-message-flow',
  returns: 'customs-clearance/06-returns',
  limits: 'import-tax/01-limits',
  taxFormula: 'import-tax/02-tax-formula',
  consumptionTax: 'import-tax/03-consumption-tax',
  positiveList: 'import-tax/04-positive-list',
  workedCases: 'import-tax/05-worked-cases',
  payment: 'payment-finance/01-cross-border-payment',
  bonded: 'logistics/02-bonded-logistics-centre',
  overseasWarehouse: 'logistics/03-overseas-warehouse',
  waybill: 'logistics/04-waybill-data',
  exportList: 'export-declaration/01-export-inventory-list',
  summary: 'export-declaration/02-monthly-summary',
  b2b: 'export-declaration/04-b2b-export',
  exportReturns: 'export-declaration/05-export-returns',
  risk: 'gov-supervision/01-risk-control',
  credit: 'gov-supervision/02-credit-management',
  review: 'gov-supervision/05-review-inspection',
  b2bStats: 'gov-statistics/02-b2b-identification',
} as const;

/** One catalogue entry, written compactly. */
export function def(code: string, family: string, zh: string, en: string, lesson: string): ErrorDefinition {
  return { code, family, title: { zh, en }, lesson };
}
