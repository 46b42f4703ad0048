/** Engine enums shown to people, in the page's language (the engine carries both names). */
import { TIERS_251, TIERS_282 } from '#sandbox';
import type { Locale } from './locales.ts';

/** The credit tier's name ("常规企业" / "Regular enterprise"), never its code. */
export function creditTierLabel(tier: string, locale: Locale): string {
  const info = TIERS_282.find((x) => x.tier === tier) ?? TIERS_251.find((x) => x.tier === tier);
  return info ? (locale === 'en' ? info.en : info.zh) : tier;
}
