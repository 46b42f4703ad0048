import { indexTable, type CodeEntry } from './table.ts';

export interface CurrencyEntry extends CodeEntry {
  iso: string;
  /**
   * Training exchange rate: fen of RMB per 1 unit of the currency (D: a fixed sandbox value,
   * not a customs rate; used only to compare foreign-currency export lists with the
   * RMB 5,000 B2B threshold). Customs publishes monthly rates; none are shipped here.
   */
  trainingRateFen: number;
}

/**
 * Currency codes (numeric, customs). Source: cbec-customs.md §5, V[C4]. KRW 133 is U and left out.
 * CEB311 `currency` must be 142 (RMB) (V PDF22/XSD doc).
 */
export const CURRENCIES: readonly CurrencyEntry[] = [
  { code: '110', iso: 'HKD', zh: '港币', en: 'Hong Kong dollar', evidence: 'V', trainingRateFen: 92 },
  { code: '116', iso: 'JPY', zh: '日元', en: 'Japanese yen', evidence: 'V', trainingRateFen: 5 },
  { code: '132', iso: 'SGD', zh: '新加坡元', en: 'Singapore dollar', evidence: 'V', trainingRateFen: 540 },
  { code: '142', iso: 'CNY', zh: '人民币', en: 'Renminbi', evidence: 'V', trainingRateFen: 100 },
  { code: '300', iso: 'EUR', zh: '欧元', en: 'Euro', evidence: 'V', trainingRateFen: 780 },
  { code: '303', iso: 'GBP', zh: '英镑', en: 'Pound sterling', evidence: 'V', trainingRateFen: 920 },
  { code: '331', iso: 'CHF', zh: '瑞士法郎', en: 'Swiss franc', evidence: 'V', trainingRateFen: 820 },
  { code: '501', iso: 'CAD', zh: '加拿大元', en: 'Canadian dollar', evidence: 'V', trainingRateFen: 520 },
  { code: '502', iso: 'USD', zh: '美元', en: 'US dollar', evidence: 'V', trainingRateFen: 720 },
  { code: '601', iso: 'AUD', zh: '澳大利亚元', en: 'Australian dollar', evidence: 'V', trainingRateFen: 470 },
  { code: '609', iso: 'NZD', zh: '新西兰元', en: 'New Zealand dollar', evidence: 'V', trainingRateFen: 430 },
];

export const CURRENCY_BY_CODE = indexTable(CURRENCIES);
export const RMB = '142';
