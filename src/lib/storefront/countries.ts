/**
 * Country names on the storefront in its five languages. zh and en come from the engine's customs
 * country table (its own wording, e.g. 中国香港); ru, ko and ja from `Intl.DisplayNames` by the ISO
 * 3166 code of each customs code, except the two entries ICU has no name for in the customs sense.
 */
import { COUNTRY_BY_CODE } from '#sandbox';
import type { StoreLanguage } from '../db/schema-sandbox.ts';

/** Customs country code (JGS-20, as in the engine's table) → ISO 3166-1 alpha-2. */
const ISO_OF_CUSTOMS: Readonly<Record<string, string>> = {
  '110': 'HK', '116': 'JP', '121': 'MO', '122': 'MY', '132': 'SG', '133': 'KR', '136': 'TH', '141': 'VN', '142': 'CN',
  '301': 'BE', '303': 'GB', '304': 'DE', '305': 'FR', '307': 'IT', '309': 'NL', '312': 'ES', '331': 'CH', '344': 'RU',
  '501': 'CA', '502': 'US', '601': 'AU', '609': 'NZ',
};

/** 143 (the customs territory of Taiwan, Penghu, Kinmen and Matsu, as WTO names it) and 701 (unknown). */
const NOT_IN_ICU: Readonly<Record<string, Readonly<Record<'ru' | 'ko' | 'ja', string>>>> = {
  '143': { ru: 'Таможенная территория Тайвань, Пэнху, Кинмэнь и Мацзу', ko: '대만·펑후·진먼·마쭈 개별관세영역', ja: '台湾・澎湖・金門・馬祖個別関税領域' },
  '701': { ru: 'Страна неизвестна', ko: '국가 미상', ja: '国名不詳' },
};

const displayNames = new Map<string, Intl.DisplayNames>();

/** A customs country code's name in a store language; the code itself when unknown. */
export function countryName(code: string, lang: StoreLanguage): string {
  const entry = COUNTRY_BY_CODE.get(code);
  if (entry === undefined) return code;
  if (lang === 'zh') return entry.zh;
  if (lang === 'en') return entry.en;
  const fixed = NOT_IN_ICU[code]?.[lang];
  if (fixed !== undefined) return fixed;
  const iso = ISO_OF_CUSTOMS[code];
  if (iso === undefined) return entry.en;
  let names = displayNames.get(lang);
  if (names === undefined) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    displayNames.set(lang, names);
  }
  return names.of(iso) ?? entry.en;
}

/** The destination a buyer of an export store most likely ships to, by the shop's language (the form's first choice). */
const LIKELY_DESTINATION: Readonly<Record<StoreLanguage, string>> = { ru: '344', ko: '133', ja: '116', en: '502', zh: '344' };

export function likelyDestination(lang: StoreLanguage): string {
  return LIKELY_DESTINATION[lang];
}

/** The given customs codes as select options named in the shop's language, in its alphabetical order. */
export function countryOptions(codes: readonly string[], lang: StoreLanguage, langTag: string): Array<{ value: string; label: string }> {
  return codes.map((code) => ({ value: code, label: countryName(code, lang) })).sort((a, b) => a.label.localeCompare(b.label, langTag));
}
