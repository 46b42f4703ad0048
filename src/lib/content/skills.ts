/**
 * The shared skills vocabulary. Courses, lessons, training orders and the
 * matching engine all speak in these ids; the labels are shown in the UI.
 */
import { pick } from '#i18n/pick.ts';
import type { Locale } from '#i18n/locales.ts';

export const SKILLS = {
  'cbec-basics': { zh: '跨境电商基础', en: 'CBEC fundamentals' },
  'pilot-zone-policy': { zh: '综试区政策', en: 'Pilot-zone policy' },
  'customs-modes': { zh: '海关监管方式', en: 'Customs supervision modes' },
  'message-declaration': { zh: '报文申报', en: 'Message declaration' },
  'three-doc-match': { zh: '三单对碰', en: 'Three-document matching' },
  'import-tax': { zh: '进口税收', en: 'Import tax' },
  'export-declaration': { zh: '出口申报', en: 'Export declaration' },
  'export-tax': { zh: '出口税收', en: 'Export tax policy' },
  returns: { zh: '退货处理', en: 'Returns' },
  'platform-operations': { zh: '平台运营', en: 'Platform operations' },
  'product-selection': { zh: '选品', en: 'Product selection' },
  'multilingual-listing': { zh: '多语种上架', en: 'Multilingual listing' },
  'product-compliance': { zh: '产品合规', en: 'Product compliance' },
  'ip-protection': { zh: '知识产权', en: 'Intellectual property' },
  'customer-service': { zh: '客户服务', en: 'Customer service' },
  logistics: { zh: '跨境物流', en: 'Cross-border logistics' },
  'overseas-warehouse': { zh: '海外仓', en: 'Overseas warehouses' },
  'bonded-logistics': { zh: '保税物流', en: 'Bonded logistics' },
  'cross-border-payment': { zh: '跨境支付', en: 'Cross-border payment' },
  'fx-settlement': { zh: '外汇结算', en: 'FX settlement' },
  'trade-finance': { zh: '贸易融资', en: 'Trade finance' },
  'credit-insurance': { zh: '出口信用保险', en: 'Export credit insurance' },
  'risk-control': { zh: '风险防控', en: 'Risk control' },
  'credit-management': { zh: '信用管理', en: 'Credit management' },
  'cbec-statistics': { zh: '跨境电商统计', en: 'CBEC statistics' },
  'data-analysis': { zh: '数据分析', en: 'Data analysis' },
  advertising: { zh: '广告与推广', en: 'Advertising and promotion' },
  'listing-optimization': { zh: 'Listing 优化', en: 'Listing optimisation' },
  'customer-messages': { zh: '买家消息处理', en: 'Buyer messages' },
  'fulfilment-costing': { zh: '履约成本测算', en: 'Fulfilment costing' },
  'b2b-operations': { zh: 'B2B 平台运营', en: 'B2B platform operations' },
  'seller-tax-compliance': { zh: '卖家税务合规', en: 'Seller tax compliance' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type SkillId = keyof typeof SKILLS;
export const SKILL_IDS = Object.keys(SKILLS) as [SkillId, ...SkillId[]];

/** A skill's name in the reader's language; an id outside the vocabulary is shown as it is. */
export function skillName(locale: Locale, skill: string): string {
  return skill in SKILLS ? pick(locale, SKILLS[skill as SkillId]) : skill;
}
