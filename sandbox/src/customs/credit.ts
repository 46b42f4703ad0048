/**
 * Customs enterprise credit tiers and the risk rates the simulated customs uses.
 *
 * GACC Order 282 (from 2026-04-01, five tiers) and Order 251 (2021-11-01 to 2026-03-31, three
 * classes) — cbec-content-facts.md §5. Dates before 2021-11-01 (Order 237) are modelled with the
 * Order 251 classes (D). The review and inspection rates are sandbox parameters (D): the only
 * verified figures are the 2019 actual inspection rates, 0.57% for AEO and 84.76% for dishonest
 * firms (V 5e); the "AEO below 20% of the routine rate" and "dishonest ≥ 80%" benchmarks are U.
 */
import { DEFAULT_RULE_PACK, resolve, type RulePack } from '../rules/rule-pack.ts';

export type CreditTier282 = 'advanced-certified' | 'certified' | 'regular' | 'dishonest' | 'seriously-dishonest';
export type CreditTier251 = 'advanced-certified' | 'general' | 'dishonest';
export type CreditTier = CreditTier282 | CreditTier251;

export interface TierInfo {
  tier: CreditTier;
  zh: string;
  en: string;
  /** Chance (basis points) that a list is routed to manual review (300). */
  reviewBp: number;
  /** Chance (basis points) that a list is selected for inspection (500). */
  inspectionBp: number;
}

/** D: sandbox rates. */
export const TIERS_282: readonly TierInfo[] = [
  { tier: 'advanced-certified', zh: '高级认证企业', en: 'Advanced certified enterprise (AEO)', reviewBp: 50, inspectionBp: 50 },
  { tier: 'certified', zh: '认证企业', en: 'Certified enterprise (AEO)', reviewBp: 100, inspectionBp: 100 },
  { tier: 'regular', zh: '常规企业', en: 'Regular enterprise', reviewBp: 300, inspectionBp: 300 },
  { tier: 'dishonest', zh: '失信企业', en: 'Dishonest enterprise', reviewBp: 2000, inspectionBp: 6000 },
  { tier: 'seriously-dishonest', zh: '严重失信企业', en: 'Seriously dishonest enterprise', reviewBp: 1500, inspectionBp: 8500 },
];

/** D: sandbox rates. */
export const TIERS_251: readonly TierInfo[] = [
  { tier: 'advanced-certified', zh: '高级认证企业', en: 'Advanced certified enterprise (AEO)', reviewBp: 50, inspectionBp: 50 },
  { tier: 'general', zh: '其他注册登记和备案企业', en: 'Other registered enterprise', reviewBp: 300, inspectionBp: 300 },
  { tier: 'dishonest', zh: '失信企业', en: 'Dishonest enterprise', reviewBp: 1500, inspectionBp: 8500 },
];

/** How a tier of one regime reads under the other (D). */
const TO_251: Record<CreditTier, CreditTier251> = {
  'advanced-certified': 'advanced-certified', certified: 'general', regular: 'general', general: 'general',
  dishonest: 'dishonest', 'seriously-dishonest': 'dishonest',
};
const TO_282: Record<CreditTier, CreditTier282> = {
  'advanced-certified': 'advanced-certified', certified: 'certified', regular: 'regular', general: 'regular',
  dishonest: 'dishonest', 'seriously-dishonest': 'seriously-dishonest',
};

export const CREDIT_TIERS: readonly CreditTier[] = ['advanced-certified', 'certified', 'regular', 'general', 'dishonest', 'seriously-dishonest'];

export function isCreditTier(s: string): s is CreditTier {
  return (CREDIT_TIERS as readonly string[]).includes(s);
}

/** The tier in force on a date (default: regular / general), with the rule version. */
export function tierAsOf(tier: CreditTier | undefined, date: string, pack: RulePack = DEFAULT_RULE_PACK): { info: TierInfo; version: string } {
  const regime = resolve(pack.creditRegime, date);
  if (regime.value.order === '282') {
    const t = TO_282[tier ?? 'regular'];
    return { info: TIERS_282.find((x) => x.tier === t) ?? TIERS_282[2]!, version: regime.version };
  }
  const t = TO_251[tier ?? 'general'];
  return { info: TIERS_251.find((x) => x.tier === t) ?? TIERS_251[1]!, version: regime.version };
}

export type RiskOutcome = 'none' | 'review' | 'inspection';

/** The risk outcome of a draw in [0, 1) for a tier. */
export function riskOutcome(draw: number, info: TierInfo): RiskOutcome {
  const x = Math.floor(draw * 10_000);
  if (x < info.inspectionBp) return 'inspection';
  if (x < info.inspectionBp + info.reviewBp) return 'review';
  return 'none';
}
