/**
 * The dated rule pack: every limit, rate and switch the checks use, each with the dates it is in
 * force. A check runs "as of" a date; `resolve(param, date)` picks the version in force and the
 * finding records it as `ruleVersion` (`<param>@<validFrom>`), so the same message can pass in 2025
 * and fail in 2018 and say why.
 *
 * Evidence markers: V verified, U unverified, D sandbox decision; a source names the announcement and, in
 * brackets, the public page it was checked against (docs/customs-sources.md). Every U and
 * D value is a named parameter here (never a hidden constant) so an instructor can change it by
 * passing overrides to `createRulePack`.
 */

export type Evidence = 'V' | 'U' | 'D';

export interface Version<T> {
  /** First day in force, ISO `YYYY-MM-DD`. */
  validFrom: string;
  /** First day no longer in force (exclusive), or undefined while still in force. */
  validTo?: string;
  value: T;
  evidence: Evidence;
  source: string;
}

export interface DatedParam<T> {
  name: string;
  description: string;
  versions: readonly Version<T>[];
}

export interface Resolved<T> {
  value: T;
  /** `<name>@<validFrom>`, written into `Finding.ruleVersion`. */
  version: string;
  evidence: Evidence;
}

/**
 * The version in force on `date` (ISO date). Dates before the first version resolve to the first
 * version (D: the sandbox does not model the regime before CBEC retail policy began); the version
 * tag then still names that first version.
 */
export function resolve<T>(param: DatedParam<T>, date: string): Resolved<T> {
  const versions = param.versions;
  let chosen = versions[0];
  for (const v of versions) {
    if (v.validFrom <= date && (v.validTo === undefined || date < v.validTo)) {
      chosen = v;
      break;
    }
  }
  if (chosen === undefined) throw new Error(`rule pack parameter ${param.name} has no versions`);
  return { value: chosen.value, version: `${param.name}@${chosen.validFrom}`, evidence: chosen.evidence };
}

function param<T>(name: string, description: string, versions: Version<T>[]): DatedParam<T> {
  return { name, description, versions };
}

/** A regime parameter that is either in force or not on a date. */
export type Switch = boolean;

export interface Limits {
  /** Single-transaction limit on the taxable value, fen. */
  singleFen: number;
  /** Personal annual limit (calendar year), fen. */
  annualFen: number;
}

export interface VatRates {
  standardBp: number;
  reducedBp: number;
}

export interface CreditRegime {
  order: '251' | '282';
}

export interface ReturnWindows {
  /** Import: apply within N days of the list's release (GACC Ann. 2020 No.45). */
  importApplyDays: number;
  /** Import: goods back at the site within N days of release. */
  importArriveDays: number;
  /** Export: return within N days of export release (GACC Ann. 2020 No.44: 1 year). */
  exportDays: number;
}

export interface CrossDistrictReturns {
  /** 'none': export returns go back to the original customs; 'pilot': only between pilot districts; 'nationwide-9610'. */
  scope: 'none' | 'pilot' | 'nationwide-9610';
  /** Districts of the 2024-12-15 pilot the sandbox knows (20 in the real pilot; only Dalian is verified [S44]). */
  pilotDistricts: readonly string[];
}

function buildDefaults() {
  return {
    limits: param<Limits>('limits', 'Single and annual CBEC retail import limits (taxable value, RMB).', [
      { validFrom: '2016-04-08', validTo: '2019-01-01', value: { singleFen: 200_000, annualFen: 2_000_000 }, evidence: 'V', source: '财关税〔2016〕18号 [S20,S21,S22]' },
      { validFrom: '2019-01-01', value: { singleFen: 500_000, annualFen: 2_600_000 }, evidence: 'V', source: '财关税〔2018〕49号 [S20,S21,S22]' },
    ]),
    vatRates: param<VatRates>('vat', 'Statutory import VAT rates (standard / reduced).', [
      { validFrom: '2016-04-08', validTo: '2018-05-01', value: { standardBp: 1700, reducedBp: 1100 }, evidence: 'U', source: 'U: 17%/11% before the 2018-05-01 cut (财税〔2018〕32号) is background knowledge; the sources checked name only 16%/10% → 13%/9% [S26,S27]' },
      { validFrom: '2018-05-01', validTo: '2019-04-01', value: { standardBp: 1600, reducedBp: 1000 }, evidence: 'V', source: '财税〔2018〕32号 [S26,S27] (16% and 10% before 2019-04-01; the 2018-05-01 start is U)' },
      { validFrom: '2019-04-01', value: { standardBp: 1300, reducedBp: 900 }, evidence: 'V', source: 'MOF/STA/GACC Ann. 2019 No.39 [S26,S27]' },
    ]),
    retailFactor: param<number>('retail-factor', 'Share of statutory VAT and consumption tax charged within the limits (basis points).', [
      { validFrom: '2016-04-08', value: 7000, evidence: 'V', source: '财关税〔2016〕18号: 70% [S20]' },
    ]),
    retailTariffBp: param<number>('retail-tariff', 'Tariff rate within the limits (basis points).', [
      { validFrom: '2016-04-08', value: 0, evidence: 'V', source: '财关税〔2016〕18号 [S20]' },
    ]),
    singleItemFullTax: param<Switch>('single-item-full-tax', 'A one-item order over the single limit (but within the annual limit) may come in through CBEC, taxed in full.', [
      { validFrom: '2016-04-08', validTo: '2019-01-01', value: false, evidence: 'U', source: 'U: under the 2016 text an indivisible item over the limit went through general trade (not retrieved)' },
      { validFrom: '2019-01-01', value: true, evidence: 'V', source: '财关税〔2018〕49号 [S20,S21]' },
    ]),
    singleItemDefinition: param<'one-line-qty-1'>('single-item-definition', 'What "an order holding only one item" means: one list line with qty 1.', [
      { validFrom: '2016-04-08', value: 'one-line-qty-1', evidence: 'D', source: 'D: sandbox reading of 仅一件商品' },
    ]),
    positiveList: param<string>('positive-list', 'Edition of the CBEC retail import positive list (the shipped HS table carries the 2022 status).', [
      { validFrom: '2016-04-08', validTo: '2019-01-01', value: '2016 (1,142 + 151 lines)', evidence: 'V', source: 'the 2016 positive lists [S28]' },
      { validFrom: '2019-01-01', validTo: '2020-01-01', value: '2018 adjustment (1,321 lines)', evidence: 'V', source: 'the 2018 adjustment (No.157) [S28,S29]' },
      { validFrom: '2020-01-01', validTo: '2022-03-01', value: '2019 edition (1,413 lines)', evidence: 'U', source: 'the 2019 positive list [S28] (count V; the 2020-01-01 start is U)' },
      { validFrom: '2022-03-01', value: '2022 edition (1,476 lines)', evidence: 'V', source: 'the 2022 positive list [S28,S29,S21]' },
    ]),
    b2bThresholdFen: param<number>('b2b-list-threshold', 'B2B (9710/9810) export on a 申报清单 only at or under this value and not licence/inspection/tax-bearing.', [
      { validFrom: '2020-07-01', value: 500_000, evidence: 'V', source: 'GACC Ann. 2020 No.75 [S8,S9]' },
    ]),
    b2bModesInForce: param<'pilot' | 'nationwide'>('b2b-modes', '9710/9810 availability: pilot districts from 2020-07-01, nationwide (Shenyang included) from 2021-07-01.', [
      { validFrom: '2020-07-01', validTo: '2021-07-01', value: 'pilot', evidence: 'V', source: 'GACC Ann. 2020 No.75 / No.92 [S6,S7]' },
      { validFrom: '2021-07-01', value: 'nationwide', evidence: 'V', source: 'GACC Ann. 2021 No.47 [S6,S7]' },
    ]),
    overseasWarehouseFiling: param<Switch>('9810-filing', '9810 needs an overseas-warehouse filing (备案) of the enterprise.', [
      { validFrom: '2020-07-01', validTo: '2024-12-15', value: true, evidence: 'V', source: 'GACC Ann. 2020 No.75 [S12]' },
      { validFrom: '2024-12-15', value: false, evidence: 'V', source: 'GACC Ann. 2024 No.167 [S13]' },
    ]),
    collectionSlipRequired: param<Switch>('collection-slip', 'A 9610 export list needs the collection slip (收款单 CEB403) of its order.', [
      { validFrom: '2016-04-08', validTo: '2024-12-15', value: true, evidence: 'V', source: 'GACC Ann. 2018 No.194 [S15]' },
      { validFrom: '2024-12-15', value: false, evidence: 'V', source: 'GACC Ann. 2024 No.167 [S13]' },
    ]),
    crossDistrictReturns: param<CrossDistrictReturns>('cross-district-returns', 'Where a 9610 export return may be handled.', [
      { validFrom: '2016-04-08', validTo: '2024-12-15', value: { scope: 'none', pilotDistricts: [] }, evidence: 'V', source: 'before the 2024-12-15 pilot [S44]' },
      { validFrom: '2024-12-15', validTo: '2026-04-01', value: { scope: 'pilot', pilotDistricts: ['0900'] }, evidence: 'U', source: '[S44]: 20-district pilot from 2024-12-15, Dalian in, Shenyang out; the other 19 codes are U and not listed' },
      { validFrom: '2026-04-01', value: { scope: 'nationwide-9610', pilotDistricts: ['0900'] }, evidence: 'V', source: 'GACC notice 2026-03-13 [S45,S46]' },
    ]),
    returnWindows: param<ReturnWindows>('return-windows', 'Return deadlines in days after release.', [
      { validFrom: '2016-04-08', value: { importApplyDays: 30, importArriveDays: 45, exportDays: 365 }, evidence: 'V', source: 'GACC Ann. 2020 No.45 / No.44 [S31,S32,S42]; applying them before 2020 is D' },
    ]),
    creditRegime: param<CreditRegime>('credit', 'Customs enterprise credit regime (tiers used by the risk step).', [
      { validFrom: '2016-04-08', validTo: '2026-04-01', value: { order: '251' }, evidence: 'V', source: 'GACC Order 251 from 2021-11-01 (three classes); before that Order 237 applied, modelled as 251 (D)' },
      { validFrom: '2026-04-01', value: { order: '282' }, evidence: 'V', source: 'GACC Order 282, five tiers from 2026-04-01' },
    ]),
    matchTolerance: param<number>('match-tolerance', 'Tolerance (basis points) between the list line totals and the order goods value: warning under it, error over it.', [
      { validFrom: '2016-04-08', value: 500, evidence: 'D', source: 'D: the 5% a practitioner page lists [S18]' },
    ]),
    taxTotalToleranceFenPerLine: param<number>('tax-total-tolerance', 'How far (fen per line) the order taxTotal may differ from the computed tax (platforms round the combined rate per line).', [
      { validFrom: '2016-04-08', value: 1, evidence: 'D', source: 'D: rounding differences only' },
    ]),
    weightTolerance: param<number>('weight-tolerance', 'Tolerance (basis points) between the waybill weight and the list gross weight (warning).', [
      { validFrom: '2016-04-08', value: 500, evidence: 'D', source: 'D: sandbox decision' },
    ]),
    summaryDeadlineDay: param<number>('summary-deadline', 'Day of the month by which the previous month\'s released export lists are summarised.', [
      { validFrom: '2016-04-08', value: 15, evidence: 'V', source: 'GACC Ann. 2018 No.194 [S36] (holiday shift not modelled)' },
    ]),
    summaryKeys: param<{ head: readonly string[]; line: readonly string[] }>('summary-keys', 'Grouping keys of a monthly summary (汇总申报).', [
      { validFrom: '2016-04-08', value: { head: ['ebcCode', 'trafMode', 'ownerCode', 'country', 'portCode'], line: ['country', 'gcode', 'currency'] }, evidence: 'U', source: 'U: recalled from GACC Ann. 2018 No.194 (no copy found); ownerCode only when summaryFlag = 2' },
    ]),
    simplifiedHsDigits: param<number>('simplified-hs', 'Digits of the HS code on an export list with statisticsFlag A (rest zero-filled or empty).', [
      { validFrom: '2016-04-08', value: 4, evidence: 'V', source: 'the message spec, statisticsFlag A [S33]' },
    ]),
    identityRule: param<'always'>('identity-rule', 'Buyer = payer identity is always required (the spec requires it only when the identity is unverified).', [
      { validFrom: '2016-04-08', value: 'always', evidence: 'D', source: 'D: the spec asks it only of an unverified identity [S16]' },
    ]),
    mode1239: param<Switch>('mode-1239', '1239 exists from 2016-12-01.', [
      { validFrom: '2016-04-08', validTo: '2016-12-01', value: false, evidence: 'V', source: 'GACC Ann. 2016 No.75 [S4]' },
      { validFrom: '2016-12-01', value: true, evidence: 'V', source: 'GACC Ann. 2016 No.75 [S4]' },
    ]),
  };
}

export type RulePack = ReturnType<typeof buildDefaults>;

/** The default rule pack. */
export const DEFAULT_RULE_PACK: RulePack = buildDefaults();

/** A rule pack with some parameters replaced (e.g. an instructor's tolerance). */
export function createRulePack(overrides: Partial<RulePack> = {}): RulePack {
  return { ...buildDefaults(), ...overrides };
}

/** Every parameter of a pack, for the README and the docs. */
export function listParams(pack: RulePack = DEFAULT_RULE_PACK): DatedParam<unknown>[] {
  return Object.values(pack);
}
