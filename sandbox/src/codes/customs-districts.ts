import { indexTable, type CodeEntry } from './table.ts';

/**
 * Customs districts (关区, 4 digits = 2-digit directly-subordinate customs + 2-digit office).
 * Source: cbec-customs.md §5: 0800 V[C6]; the 08xx offices from a third-party table V[C5] that may
 * predate the 2018 reorganisation. 0804 (Fushun office) is U and used for training, labelled so (§8.1).
 * The pilot flags follow §3 (cross-district return pilot from 2024-12-15: Dalian in, Shenyang out).
 */
export interface DistrictEntry extends CodeEntry {
  /** In the 2024-12-15 cross-district export-return pilot (20 districts; only Dalian is known). */
  returnPilot2024: boolean;
}

export const CUSTOMS_DISTRICTS: readonly DistrictEntry[] = [
  { code: '0800', zh: '沈阳关区', en: 'Shenyang Customs district', evidence: 'V', returnPilot2024: false },
  { code: '0801', zh: '沈阳海关', en: 'Shenyang Customs', evidence: 'V', returnPilot2024: false },
  { code: '0802', zh: '锦州海关', en: 'Jinzhou Customs', evidence: 'V', returnPilot2024: false },
  { code: '0803', zh: '沈驻邮办', en: 'Shenyang postal office', evidence: 'V', returnPilot2024: false },
  { code: '0804', zh: '沈驻抚顺（培训用，U）', en: 'Shenyang Customs office in Fushun (training, U)', evidence: 'U', returnPilot2024: false },
  { code: '0805', zh: '沈开发区', en: 'Shenyang development zone office', evidence: 'V', returnPilot2024: false },
  { code: '0806', zh: '沈驻辽阳', en: 'Shenyang office in Liaoyang', evidence: 'V', returnPilot2024: false },
  { code: '0807', zh: '沈机场办', en: 'Shenyang airport office', evidence: 'V', returnPilot2024: false },
  { code: '0808', zh: '沈综保区', en: 'Shenyang comprehensive bonded zone', evidence: 'V', returnPilot2024: false },
  { code: '0809', zh: '沈快件', en: 'Shenyang express office', evidence: 'V', returnPilot2024: false },
  { code: '0810', zh: '葫芦岛关', en: 'Huludao Customs', evidence: 'V', returnPilot2024: false },
  { code: '0813', zh: '沈阳物流', en: 'Shenyang bonded logistics centre', evidence: 'V', returnPilot2024: false },
  { code: '0900', zh: '大连关区', en: 'Dalian Customs district', evidence: 'V', returnPilot2024: true },
];

export const DISTRICT_BY_CODE = indexTable(CUSTOMS_DISTRICTS);

/** Default declaring customs of the sandbox (§8.1): district 0800 (Shenyang). */
export const DEFAULT_CUSTOMS_CODE = '0800';
/** The Fushun office code used for training, labelled U (§5, §8.1). */
export const FUSHUN_OFFICE_CODE = '0804';
