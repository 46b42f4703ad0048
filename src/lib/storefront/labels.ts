/**
 * The storefront's own interface labels in the five store languages. These belong to the simulated shop
 * (what its buyer reads), not to the site's interface, whose chrome stays in zh-CN/en through #i18n.
 */
import type { StoreLanguage } from '../db/schema-sandbox.ts';

const zh = {
  languages: '语言',
  note: '这是抚顺跨境电商人才学院的实训模拟店铺，商品和订单均为虚构。',
  origin: '原产地',
  shipsFrom: '发货地',
  price: '价格',
  'stock.domestic': '境内仓',
  'stock.bonded-centre': '保税物流中心',
  'stock.overseas-warehouse': '海外仓',
  products: '商品',
} as const;

export type StorefrontLabel = keyof typeof zh;

export const STOREFRONT_LABELS: Readonly<Record<StoreLanguage, Readonly<Record<StorefrontLabel, string>>>> = {
  zh,
  en: {
    languages: 'Language',
    note: 'A training store of the Fushun CBEC Academy; products and orders are fictional.',
    origin: 'Origin',
    shipsFrom: 'Ships from',
    price: 'Price',
    'stock.domestic': 'Domestic warehouse',
    'stock.bonded-centre': 'Bonded logistics centre',
    'stock.overseas-warehouse': 'Overseas warehouse',
    products: 'Products',
  },
  ru: {
    languages: 'Язык',
    note: 'Учебный магазин Академии трансграничной электронной торговли Фушуня; товары и заказы вымышлены.',
    origin: 'Страна происхождения',
    shipsFrom: 'Отправка со склада',
    price: 'Цена',
    'stock.domestic': 'Склад в Китае',
    'stock.bonded-centre': 'Бондовый логистический центр',
    'stock.overseas-warehouse': 'Зарубежный склад',
    products: 'Товары',
  },
  ko: {
    languages: '언어',
    note: '푸순 크로스보더 전자상거래 아카데미의 실습용 모의 상점입니다. 상품과 주문은 모두 가상입니다.',
    origin: '원산지',
    shipsFrom: '출고지',
    price: '가격',
    'stock.domestic': '중국 내 창고',
    'stock.bonded-centre': '보세 물류 센터',
    'stock.overseas-warehouse': '해외 창고',
    products: '상품',
  },
  ja: {
    languages: '言語',
    note: '撫順越境EC人材学院の実習用模擬ストアです。商品と注文はすべて架空のものです。',
    origin: '原産国',
    shipsFrom: '出荷元',
    price: '価格',
    'stock.domestic': '中国国内倉庫',
    'stock.bonded-centre': '保税物流センター',
    'stock.overseas-warehouse': '海外倉庫',
    products: '商品',
  },
};

/** A storefront label in the shop's language. */
export function storefrontLabel(lang: StoreLanguage, key: StorefrontLabel): string {
  return STOREFRONT_LABELS[lang][key];
}

/** The BCP 47 tag for a store language (`zh` is shown as simplified Chinese). */
export function storeLangTag(lang: StoreLanguage): string {
  return lang === 'zh' ? 'zh-CN' : lang;
}

/** Each store language's name in itself, for the language switcher. */
export const STORE_LANGUAGE_NAMES: Readonly<Record<StoreLanguage, string>> = { zh: '中文', en: 'English', ru: 'Русский', ko: '한국어', ja: '日本語' };
