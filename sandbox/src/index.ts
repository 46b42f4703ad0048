/**
 * The one public entry of the sandbox engine: the message layer (read, write, examples, format
 * check) and the business layer (rules, tax, simulated customs, engine). Pure; no file system.
 */
export type { Bilingual, ErrorDefinition, Finding, Severity, SourcePosition } from './types.ts';

// messages (the other half of the engine)
export * from './messages/index.ts';
export { checkFormat } from './rules/format.ts';
export { previousMonth } from './rules/summary.ts';

// engine
export { checkParsed, checkSubmission, DEMO_TRAINING_KEY } from './engine.ts';
export type { CheckOptions, Submission, SubmissionResult, Verdict } from './engine.ts';

// error catalogue
export { ERROR_BY_CODE, ERROR_CATALOGUE, errorDefinition } from './errors/index.ts';

// dated rule pack
export { createRulePack, DEFAULT_RULE_PACK, listParams, resolve } from './rules/rule-pack.ts';
export type { DatedParam, Evidence, Limits, Resolved, RulePack, Version, VatRates } from './rules/rule-pack.ts';
export type { LedgerEntry, ReleasedList } from './rules/context.ts';

// training signature
export { canonicalText, isSignable, signMessage, verifySignature, TRAINING_SIGNATURE_METHOD } from './rules/signature.ts';
export type { SignatureCheck, SignableMessage } from './rules/signature.ts';
export { hmacSha256, sha256 } from './rules/sha256.ts';

// tax
export { combinedRetailRate, computeLineTax, computeTax, consumptionTaxBasis, contentFromModel } from './tax/compute.ts';
export type { TaxLineInput, TaxLineResult, TaxMode, TaxResult } from './tax/compute.ts';
export { allocateFen, divRoundHalfUp, lineAmountFen, parseFen } from './tax/money.ts';
export type { ListTax } from './rules/limits.ts';

// simulated customs
export { CREDIT_TIERS, isCreditTier, riskOutcome, tierAsOf, TIERS_251, TIERS_282 } from './customs/credit.ts';
export type { CreditTier, CreditTier251, CreditTier282, RiskOutcome, TierInfo } from './customs/credit.ts';
export { drawFor, mulberry32 } from './customs/prng.ts';
export type { NodeOutcome, NodeStatus } from './customs/simulate.ts';

// code tables
export { COUNTRIES, COUNTRY_BY_CODE } from './codes/countries.ts';
export { CURRENCIES, CURRENCY_BY_CODE, RMB } from './codes/currencies.ts';
export { CUSTOMS_DISTRICTS, DEFAULT_CUSTOMS_CODE, DISTRICT_BY_CODE, FUSHUN_OFFICE_CODE } from './codes/customs-districts.ts';
export { HS_BY_CODE, HS_LINES } from './codes/hs.ts';
export type { HsLine } from './codes/hs.ts';
export { ID_TYPES, isValidResidentId } from './codes/id-types.ts';
export { SUPERVISION_MODES, MODE_BY_CODE } from './codes/supervision-modes.ts';
export { ORDER_TYPES, STATISTICS_FLAGS, TRANSPORT_MODES, WRAP_TYPES } from './codes/transport.ts';
export { UNITS, UNIT_BY_CODE } from './codes/units.ts';
export { isValidEnterpriseCode } from './rules/codes.ts';
