/** The pilot zone's parks (综试区园区), where enterprises sit and training orders are placed. */
export const PARKS = {
  'bonded-logistics': { zh: '抚顺经济开发区保税物流中心（B型）及核心物流园区', en: 'Fushun ED Zone Bonded Logistics Centre (Type B) and core logistics park' },
  'wood-products': { zh: '抚顺县东北亚木制品加工产业园区', en: 'Fushun County Northeast Asia Wood Products Industrial Park' },
  'herbal-medicine': { zh: '新宾道地药材产业园区', en: 'Xinbin Authentic Medicinal Herbs Industrial Park' },
  'specialty-agriculture': { zh: '清原特色农业产业园区', en: 'Qingyuan Specialty Agriculture Industrial Park' },
  'paraffin-town': { zh: '顺城区石蜡特色小镇', en: 'Shuncheng Paraffin Wax Town' },
  'fine-chemicals': { zh: '东洲区精细化工产业园区', en: 'Dongzhou Fine Chemicals Industrial Park' },
  elsewhere: { zh: '其他地区', en: 'Elsewhere' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type ParkId = keyof typeof PARKS;
export const PARK_IDS = Object.keys(PARKS) as [ParkId, ...ParkId[]];

export function isParkId(x: string): x is ParkId {
  return Object.hasOwn(PARKS, x);
}
