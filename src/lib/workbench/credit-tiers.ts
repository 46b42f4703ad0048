/** Customs credit tiers (企业信用等级) as the workbench names them: GACC Order 282 (from 2026-04-01) and Order 251 (before). */
import { TIERS_251, TIERS_282 } from '#sandbox';
import type { Locale } from '#i18n/locales.ts';
import { pick } from '#i18n/pick.ts';

type TierInfo = (typeof TIERS_282)[number];

/** A tier of either regime (Order 282 first, then the Order 251 names), or undefined for an unknown name. */
export function tierInfo(tier: string): TierInfo | undefined {
  return TIERS_282.find((x) => x.tier === tier) ?? TIERS_251.find((x) => x.tier === tier);
}

/** The tier's name in the reader's language; an unknown tier shows as its code. */
export function tierLabel(locale: Locale, tier: string): string {
  return pick(locale, tierInfo(tier)) ?? tier;
}
