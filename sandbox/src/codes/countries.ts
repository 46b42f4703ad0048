import { indexTable, type CodeEntry } from './table.ts';

/**
 * Country/region codes (numeric customs codes from JGS-20) used by the CEB messages.
 * Source: cbec-customs.md §5, V[C1] (a public enum), 502/116/601 independently V[C3].
 * The post-2018 报关单 uses ISO alpha-3 codes instead; the CEB messages keep these.
 */
export const COUNTRIES: readonly CodeEntry[] = [
  { code: '110', zh: '中国香港', en: 'Hong Kong (China)', evidence: 'V' },
  { code: '116', zh: '日本', en: 'Japan', evidence: 'V' },
  { code: '121', zh: '中国澳门', en: 'Macao (China)', evidence: 'V' },
  { code: '122', zh: '马来西亚', en: 'Malaysia', evidence: 'V' },
  { code: '132', zh: '新加坡', en: 'Singapore', evidence: 'V' },
  { code: '133', zh: '韩国', en: 'Korea (Rep.)', evidence: 'V' },
  { code: '136', zh: '泰国', en: 'Thailand', evidence: 'V' },
  { code: '141', zh: '越南', en: 'Vietnam', evidence: 'V' },
  { code: '142', zh: '中国', en: 'China', evidence: 'V' },
  { code: '143', zh: '台澎金马关税区', en: 'Taiwan (customs territory)', evidence: 'V' },
  { code: '301', zh: '比利时', en: 'Belgium', evidence: 'V' },
  { code: '303', zh: '英国', en: 'United Kingdom', evidence: 'V' },
  { code: '304', zh: '德国', en: 'Germany', evidence: 'V' },
  { code: '305', zh: '法国', en: 'France', evidence: 'V' },
  { code: '307', zh: '意大利', en: 'Italy', evidence: 'V' },
  { code: '309', zh: '荷兰', en: 'Netherlands', evidence: 'V' },
  { code: '312', zh: '西班牙', en: 'Spain', evidence: 'V' },
  { code: '331', zh: '瑞士', en: 'Switzerland', evidence: 'V' },
  { code: '344', zh: '俄罗斯', en: 'Russia', evidence: 'V' },
  { code: '501', zh: '加拿大', en: 'Canada', evidence: 'V' },
  { code: '502', zh: '美国', en: 'United States', evidence: 'V' },
  { code: '601', zh: '澳大利亚', en: 'Australia', evidence: 'V' },
  { code: '609', zh: '新西兰', en: 'New Zealand', evidence: 'V' },
  { code: '701', zh: '国别不详', en: 'Unknown', evidence: 'V' },
];

export const COUNTRY_BY_CODE = indexTable(COUNTRIES);
