/**
 * HS tariff lines shipped with the sandbox (10-digit Chinese tariff codes), with the import-tax
 * facts the engine uses. The six lines marked `evidence: 'V'` were checked against public tariff pages
 * ([C7]…[C12], docs/customs-sources.md); every other line is a training line: its 10-digit code follows
 * the HS 2022 heading of the goods but the Chinese sub-heading, the MFN rate and the list status are
 * sandbox assumptions (D) unless the `source` says otherwise. Check against the current 税则 before
 * teaching any of them as fact.
 *
 * VAT is stored as a class, not a rate: the rate is dated (13%/9% since 2019-04-01) and comes from
 * the rule pack (`rules/rule-pack.ts`).
 */

/** 'standard' = 13% since 2019-04-01; 'reduced' = 9% (farm products, edible oil, books...). */
export type VatClass = 'standard' | 'reduced';

/** When the consumption tax applies. Amounts are in fen. */
export type CtThreshold =
  | { kind: 'always' }
  /** High-end cosmetics: price per ml or per g at or above `minFen` (10 yuan/ml or g = 1000 fen). */
  | { kind: 'per-ml-or-g'; minFen: number }
  /** Cosmetics sold by piece or sheet: price per piece at or above `minFen` (15 yuan = 1500 fen). */
  | { kind: 'per-piece'; minFen: number }
  /** Watches: taxable value of one watch at or above `minFen` (10,000 yuan = 1,000,000 fen). */
  | { kind: 'unit-value'; minFen: number };

export interface ConsumptionTax {
  /** Ad valorem rate in basis points (1500 = 15%). */
  rateBp: number;
  threshold: CtThreshold;
}

export interface PositiveListRemarks {
  /** Only these supervision modes may bring the goods in (e.g. seafood only through 网购保税). */
  modes?: readonly string[];
  /** Quantity cap per person per calendar year, in kilograms (sugar 2 kg, rice 20 kg; V[S28]). */
  annualKgPerPerson?: number;
  /** A product-name restriction printed on the list, shown to the learner. */
  nameRestriction?: { zh: string; en: string };
}

export type HsCategory =
  | 'cosmetics' | 'infant-formula' | 'food' | 'wine' | 'watches' | 'apparel' | 'electronics'
  | 'fushun' | 'household' | 'books';

export interface HsLine {
  hs: string;
  zh: string;
  en: string;
  category: HsCategory;
  vat: VatClass;
  /** null when no consumption tax applies. */
  consumptionTax: ConsumptionTax | null;
  /** MFN import tariff in basis points; charged only when an order is taxed in full. */
  mfnTariffBp: number;
  /** Legal first unit (法定第一计量单位) expected in `unit1`. */
  legalUnit: string;
  /** On the CBEC retail import positive list (跨境电子商务零售进口商品清单). */
  positiveList: boolean;
  remarks?: PositiveListRemarks;
  /** Export flags used by the B2B-list and simplified-declaration checks (D unless sourced). */
  export?: { licence?: boolean; inspection?: boolean; duty?: boolean };
  evidence: 'V' | 'D' | 'U';
  source: string;
}

const HS22 = 'D: HS 2022 heading; 10-digit CN sub-heading, MFN rate and list status are sandbox assumptions';
const CT_COSMETIC_ML: ConsumptionTax = { rateBp: 1500, threshold: { kind: 'per-ml-or-g', minFen: 1000 } };
const CT_COSMETIC_PIECE: ConsumptionTax = { rateBp: 1500, threshold: { kind: 'per-piece', minFen: 1500 } };
const CT_WATCH: ConsumptionTax = { rateBp: 2000, threshold: { kind: 'unit-value', minFen: 1_000_000 } };
const CT_WINE: ConsumptionTax = { rateBp: 1000, threshold: { kind: 'always' } };
const BONDED_ONLY = ['1210', '1239'] as const;

export const HS_LINES: readonly HsLine[] = [
  // ---- cosmetics (高档化妆品 15% CT above the thresholds) ----
  { hs: '3304990099', zh: '其他美容品或化妆品及护肤品', en: 'Other beauty, make-up and skin-care preparations', category: 'cosmetics', vat: 'standard', consumptionTax: CT_COSMETIC_ML, mfnTariffBp: 100, legalUnit: '035', positiveList: true, evidence: 'V', source: 'V[C7]: 13% VAT, 15% CT if ≥ 10 yuan/ml or g; MFN 1% is D' },
  { hs: '3304990041', zh: '按片或张计的护肤品（面膜等）', en: 'Skin care sold by piece or sheet (face masks)', category: 'cosmetics', vat: 'standard', consumptionTax: CT_COSMETIC_PIECE, mfnTariffBp: 100, legalUnit: '020', positiveList: true, evidence: 'V', source: 'V[C8]: 15% CT if ≥ 15 yuan/piece; MFN 1% is D' },
  { hs: '3304100090', zh: '其他唇用化妆品', en: 'Lip make-up preparations, other', category: 'cosmetics', vat: 'standard', consumptionTax: CT_COSMETIC_ML, mfnTariffBp: 100, legalUnit: '035', positiveList: true, evidence: 'D', source: `${HS22}; CT threshold of high-end cosmetics as for 3304990099 [C7, S24b]` },
  { hs: '3304200090', zh: '其他眼用化妆品', en: 'Eye make-up preparations, other', category: 'cosmetics', vat: 'standard', consumptionTax: CT_COSMETIC_ML, mfnTariffBp: 100, legalUnit: '035', positiveList: true, evidence: 'D', source: `${HS22}; CT threshold of high-end cosmetics as for 3304990099 [C7, S24b]` },
  { hs: '3304910000', zh: '粉（不论是否压紧）', en: 'Powders, whether or not compressed', category: 'cosmetics', vat: 'standard', consumptionTax: CT_COSMETIC_ML, mfnTariffBp: 100, legalUnit: '035', positiveList: true, evidence: 'D', source: `${HS22}; CT threshold of high-end cosmetics as for 3304990099 [C7, S24b]` },
  { hs: '3303000020', zh: '香水', en: 'Perfumes', category: 'cosmetics', vat: 'standard', consumptionTax: CT_COSMETIC_ML, mfnTariffBp: 300, legalUnit: '035', positiveList: true, evidence: 'D', source: `${HS22}; CT threshold of high-end cosmetics as for 3304990099 [C7, S24b]` },
  { hs: '3305100090', zh: '洗发剂（香波）', en: 'Shampoos', category: 'cosmetics', vat: 'standard', consumptionTax: null, mfnTariffBp: 300, legalUnit: '035', positiveList: true, evidence: 'D', source: `${HS22}; no CT (not a high-end cosmetic)` },
  { hs: '3401300000', zh: '洁肤用有机表面活性产品（洗面奶）', en: 'Organic surface-active skin-washing products', category: 'cosmetics', vat: 'standard', consumptionTax: null, mfnTariffBp: 300, legalUnit: '035', positiveList: true, evidence: 'D', source: `${HS22}; no CT` },
  { hs: '3306100000', zh: '洁齿品（牙膏）', en: 'Dentifrices (toothpaste)', category: 'cosmetics', vat: 'standard', consumptionTax: null, mfnTariffBp: 300, legalUnit: '035', positiveList: true, evidence: 'D', source: `${HS22}; no CT` },
  // ---- infant formula and dairy ----
  { hs: '1901101010', zh: '供婴幼儿食用的零售包装配方奶粉', en: 'Infant formula, retail packed', category: 'infant-formula', vat: 'standard', consumptionTax: null, mfnTariffBp: 1500, legalUnit: '035', positiveList: true, evidence: 'V', source: 'V[C10]: 13% VAT, no CT, MFN 15% (provisional 0% in 2025 not modelled)' },
  { hs: '1901101090', zh: '其他供婴幼儿食用的零售包装配方食品', en: 'Other infant food preparations, retail packed', category: 'infant-formula', vat: 'standard', consumptionTax: null, mfnTariffBp: 1500, legalUnit: '035', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '0402210000', zh: '未加糖的乳粉（脂肪含量>1.5%）', en: 'Milk powder, unsweetened, fat > 1.5%', category: 'infant-formula', vat: 'standard', consumptionTax: null, mfnTariffBp: 1000, legalUnit: '035', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '0401200000', zh: '灭菌乳（脂肪含量1%-6%）', en: 'UHT milk, fat 1% to 6%', category: 'food', vat: 'reduced', consumptionTax: null, mfnTariffBp: 1500, legalUnit: '035', positiveList: true, evidence: 'D', source: `${HS22}; 9% VAT class for liquid milk is D` },
  // ---- food ----
  { hs: '0410902100', zh: '鲜蜂王浆', en: 'Fresh royal jelly', category: 'food', vat: 'reduced', consumptionTax: null, mfnTariffBp: 1500, legalUnit: '035', positiveList: true, evidence: 'V', source: 'V[C11]: 9% VAT, no CT; MFN 15% is D' },
  { hs: '0409000000', zh: '天然蜂蜜', en: 'Natural honey', category: 'food', vat: 'reduced', consumptionTax: null, mfnTariffBp: 1500, legalUnit: '035', positiveList: true, evidence: 'D', source: `${HS22}; farm product at 9% VAT (D)` },
  { hs: '1806320000', zh: '不夹心的块状或条状巧克力', en: 'Chocolate in blocks or bars, not filled', category: 'food', vat: 'standard', consumptionTax: null, mfnTariffBp: 800, legalUnit: '035', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '1905310000', zh: '甜饼干', en: 'Sweet biscuits', category: 'food', vat: 'standard', consumptionTax: null, mfnTariffBp: 1500, legalUnit: '035', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '2101110000', zh: '咖啡浓缩精汁', en: 'Coffee extracts and concentrates', category: 'food', vat: 'standard', consumptionTax: null, mfnTariffBp: 1200, legalUnit: '035', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '2106909090', zh: '其他未列名的食品（营养补充剂）', en: 'Other food preparations (dietary supplements)', category: 'food', vat: 'standard', consumptionTax: null, mfnTariffBp: 1500, legalUnit: '035', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '1509200000', zh: '特级初榨油橄榄油', en: 'Extra virgin olive oil', category: 'food', vat: 'reduced', consumptionTax: null, mfnTariffBp: 1000, legalUnit: '035', positiveList: true, evidence: 'D', source: `${HS22}; edible oil at the reduced 9% VAT [S26]` },
  { hs: '0802320000', zh: '去壳核桃', en: 'Walnuts, shelled', category: 'food', vat: 'reduced', consumptionTax: null, mfnTariffBp: 2000, legalUnit: '035', positiveList: true, evidence: 'D', source: `${HS22}; farm product at 9% VAT (D)` },
  { hs: '1006300000', zh: '精米', en: 'Semi-milled or wholly milled rice', category: 'food', vat: 'reduced', consumptionTax: null, mfnTariffBp: 100, legalUnit: '035', positiveList: true, remarks: { annualKgPerPerson: 20 }, evidence: 'D', source: `${HS22}; 20 kg per person per year on the positive list [S28]` },
  { hs: '1701999000', zh: '其他精制糖', en: 'Refined sugar, other', category: 'food', vat: 'standard', consumptionTax: null, mfnTariffBp: 1500, legalUnit: '035', positiveList: true, remarks: { annualKgPerPerson: 2 }, evidence: 'D', source: `${HS22}; 2 kg per person per year on the positive list [S28]` },
  { hs: '0303130000', zh: '冻大西洋鲑鱼', en: 'Frozen Atlantic salmon', category: 'food', vat: 'reduced', consumptionTax: null, mfnTariffBp: 700, legalUnit: '035', positiveList: true, remarks: { modes: BONDED_ONLY, nameRestriction: { zh: '限网购保税商品', en: 'bonded (网购保税) goods only' } }, evidence: 'D', source: `${HS22}; seafood only through 网购保税 on the positive list [S28]` },
  { hs: '0306171900', zh: '其他冻虾仁及对虾', en: 'Other frozen shrimps and prawns', category: 'food', vat: 'reduced', consumptionTax: null, mfnTariffBp: 500, legalUnit: '035', positiveList: true, remarks: { modes: BONDED_ONLY, nameRestriction: { zh: '限网购保税商品', en: 'bonded (网购保税) goods only' } }, evidence: 'D', source: `${HS22}; seafood only through 网购保税 on the positive list [S28]` },
  { hs: '0810400000', zh: '鲜蔓越橘、越橘（蓝莓）', en: 'Fresh cranberries, bilberries, blueberries', category: 'food', vat: 'reduced', consumptionTax: null, mfnTariffBp: 3000, legalUnit: '035', positiveList: false, export: { inspection: true }, evidence: 'D', source: `${HS22}; Liaoning export fruit; fresh fruit not on the import list (D)` },
  // ---- wine ----
  { hs: '2205100000', zh: '味美思酒（≤2升容器）', en: 'Vermouth, containers ≤ 2 L', category: 'wine', vat: 'standard', consumptionTax: CT_WINE, mfnTariffBp: 6500, legalUnit: '095', positiveList: true, evidence: 'V', source: 'V[C12]: 13% VAT, 10% CT; MFN 65% is D' },
  { hs: '2204210000', zh: '装入≤2升容器的葡萄酒', en: 'Wine of fresh grapes, containers ≤ 2 L', category: 'wine', vat: 'standard', consumptionTax: CT_WINE, mfnTariffBp: 1400, legalUnit: '095', positiveList: true, evidence: 'D', source: `${HS22}; 10% CT on 其他酒 (D)` },
  { hs: '2204100000', zh: '葡萄汽酒', en: 'Sparkling wine', category: 'wine', vat: 'standard', consumptionTax: CT_WINE, mfnTariffBp: 1400, legalUnit: '095', positiveList: true, evidence: 'D', source: `${HS22}; 10% CT (D)` },
  { hs: '2206009000', zh: '其他发酵饮料（清酒等）', en: 'Other fermented beverages (sake etc.)', category: 'wine', vat: 'standard', consumptionTax: CT_WINE, mfnTariffBp: 4000, legalUnit: '095', positiveList: true, evidence: 'D', source: `${HS22}; 10% CT (D)` },
  // ---- watches ----
  { hs: '9102210090', zh: '其他自动上弦机械手表', en: 'Mechanical wrist watch, automatic, non-precious case', category: 'watches', vat: 'standard', consumptionTax: CT_WATCH, mfnTariffBp: 1100, legalUnit: '008', positiveList: true, evidence: 'V', source: 'V[C9]: 13% VAT, 20% CT if taxable value ≥ 10,000 yuan, MFN 11%' },
  { hs: '9102110000', zh: '电子指针式手表（非贵金属表壳）', en: 'Electric wrist watch with mechanical display', category: 'watches', vat: 'standard', consumptionTax: CT_WATCH, mfnTariffBp: 1100, legalUnit: '008', positiveList: true, evidence: 'D', source: `${HS22}; CT threshold of high-end watches as for 9102210090 [C9]` },
  { hs: '9101210000', zh: '贵金属表壳自动上弦手表', en: 'Automatic wrist watch, precious-metal case', category: 'watches', vat: 'standard', consumptionTax: CT_WATCH, mfnTariffBp: 1100, legalUnit: '008', positiveList: true, evidence: 'D', source: `${HS22}; CT threshold of high-end watches as for 9102210090 [C9]` },
  { hs: '9102120000', zh: '电子数字式手表', en: 'Electric wrist watch with opto-electronic display', category: 'watches', vat: 'standard', consumptionTax: CT_WATCH, mfnTariffBp: 1100, legalUnit: '008', positiveList: true, evidence: 'D', source: `${HS22}; CT threshold of high-end watches as for 9102210090 [C9]` },
  // ---- apparel, shoes, bags ----
  { hs: '6109100000', zh: '棉制针织T恤衫', en: 'T-shirts, knitted, of cotton', category: 'apparel', vat: 'standard', consumptionTax: null, mfnTariffBp: 600, legalUnit: '011', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '6110200000', zh: '棉制针织套头衫', en: 'Jerseys and pullovers, knitted, of cotton', category: 'apparel', vat: 'standard', consumptionTax: null, mfnTariffBp: 600, legalUnit: '011', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '6204620000', zh: '棉制女式长裤', en: "Women's trousers of cotton", category: 'apparel', vat: 'standard', consumptionTax: null, mfnTariffBp: 700, legalUnit: '011', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '6201400000', zh: '化纤制男式大衣', en: "Men's overcoats of man-made fibres", category: 'apparel', vat: 'standard', consumptionTax: null, mfnTariffBp: 800, legalUnit: '011', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '6403990090', zh: '其他皮革面鞋靴', en: 'Other footwear with leather uppers', category: 'apparel', vat: 'standard', consumptionTax: null, mfnTariffBp: 1000, legalUnit: '025', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '6404110000', zh: '纺织面运动鞋', en: 'Sports footwear, textile uppers', category: 'apparel', vat: 'standard', consumptionTax: null, mfnTariffBp: 1200, legalUnit: '025', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '4202210000', zh: '皮革面手提包', en: 'Handbags with leather outer surface', category: 'apparel', vat: 'standard', consumptionTax: null, mfnTariffBp: 1000, legalUnit: '007', positiveList: true, evidence: 'D', source: HS22 },
  // ---- electronics ----
  { hs: '8517130000', zh: '智能手机', en: 'Smartphones', category: 'electronics', vat: 'standard', consumptionTax: null, mfnTariffBp: 0, legalUnit: '001', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '8471300000', zh: '便携式自动数据处理设备（笔记本电脑）', en: 'Portable computers (laptops)', category: 'electronics', vat: 'standard', consumptionTax: null, mfnTariffBp: 0, legalUnit: '001', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '8518300000', zh: '耳机及耳塞机', en: 'Headphones and earphones', category: 'electronics', vat: 'standard', consumptionTax: null, mfnTariffBp: 500, legalUnit: '007', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '8510100000', zh: '电动剃须刀', en: 'Electric shavers', category: 'electronics', vat: 'standard', consumptionTax: null, mfnTariffBp: 1500, legalUnit: '001', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '8516310000', zh: '电吹风机', en: 'Hair dryers', category: 'electronics', vat: 'standard', consumptionTax: null, mfnTariffBp: 1000, legalUnit: '001', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '8509400000', zh: '食品研磨机、榨汁机', en: 'Food grinders, mixers and juice extractors', category: 'electronics', vat: 'standard', consumptionTax: null, mfnTariffBp: 1000, legalUnit: '001', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '8525890000', zh: '其他数字照相机和摄像机', en: 'Other digital cameras and video recorders', category: 'electronics', vat: 'standard', consumptionTax: null, mfnTariffBp: 300, legalUnit: '001', positiveList: true, evidence: 'D', source: HS22 },
  // ---- household, books ----
  { hs: '9503008900', zh: '其他玩具', en: 'Other toys', category: 'household', vat: 'standard', consumptionTax: null, mfnTariffBp: 0, legalUnit: '007', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '4818900000', zh: '纸尿裤等其他纸制卫生用品', en: 'Diapers and other paper sanitary articles', category: 'household', vat: 'standard', consumptionTax: null, mfnTariffBp: 200, legalUnit: '035', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '9004100000', zh: '太阳镜', en: 'Sunglasses', category: 'household', vat: 'standard', consumptionTax: null, mfnTariffBp: 800, legalUnit: '012', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '4901990000', zh: '其他书籍、小册子', en: 'Other printed books and brochures', category: 'books', vat: 'reduced', consumptionTax: null, mfnTariffBp: 0, legalUnit: '035', positiveList: true, evidence: 'D', source: `${HS22}; books at the reduced 9% VAT [S26]` },
  // ---- Fushun-relevant goods (mostly exports; wood, ginseng, forest frog, paraffin, amber) ----
  { hs: '4419909000', zh: '其他木制餐具及厨房用具', en: 'Other tableware and kitchenware of wood', category: 'fushun', vat: 'standard', consumptionTax: null, mfnTariffBp: 0, legalUnit: '035', positiveList: true, export: { inspection: true }, evidence: 'D', source: `${HS22}; wood items are quarantine-inspected on export (D)` },
  { hs: '4419901100', zh: '一次性木筷子', en: 'Disposable wooden chopsticks', category: 'fushun', vat: 'standard', consumptionTax: null, mfnTariffBp: 0, legalUnit: '035', positiveList: false, export: { licence: true, duty: false, inspection: true }, evidence: 'D', source: `${HS22}; disposable chopsticks carry export licence and CT rules (D, simplified)` },
  { hs: '4420900090', zh: '其他木制装饰品及木盒', en: 'Wooden ornaments and caskets', category: 'fushun', vat: 'standard', consumptionTax: null, mfnTariffBp: 0, legalUnit: '035', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '4418750000', zh: '多层实木地板', en: 'Multilayer wood flooring panels', category: 'fushun', vat: 'standard', consumptionTax: null, mfnTariffBp: 400, legalUnit: '035', positiveList: false, evidence: 'D', source: HS22 },
  { hs: '4421999090', zh: '其他木制品', en: 'Other articles of wood', category: 'fushun', vat: 'standard', consumptionTax: null, mfnTariffBp: 0, legalUnit: '035', positiveList: true, evidence: 'D', source: HS22 },
  { hs: '1211201000', zh: '鲜、冷、冻或干的西洋参及人参（整支）', en: 'Ginseng roots, fresh or dried, whole', category: 'fushun', vat: 'reduced', consumptionTax: null, mfnTariffBp: 2000, legalUnit: '035', positiveList: true, export: { inspection: true }, evidence: 'D', source: `${HS22}; farm product at 9% VAT (D); Fushun (新宾/清原) ginseng` },
  { hs: '1211209100', zh: '人参片（切片或粉）', en: 'Ginseng, cut or powdered', category: 'fushun', vat: 'reduced', consumptionTax: null, mfnTariffBp: 2000, legalUnit: '035', positiveList: true, export: { inspection: true }, evidence: 'D', source: `${HS22}; farm product at 9% VAT (D)` },
  { hs: '2106909010', zh: '人参茶等含人参食品', en: 'Food preparations with ginseng (ginseng tea)', category: 'fushun', vat: 'standard', consumptionTax: null, mfnTariffBp: 1500, legalUnit: '035', positiveList: true, export: { inspection: true }, evidence: 'D', source: HS22 },
  { hs: '0410909000', zh: '其他食用动物产品（林蛙油）', en: 'Other edible animal products (forest-frog oil, 林蛙油)', category: 'fushun', vat: 'reduced', consumptionTax: null, mfnTariffBp: 1500, legalUnit: '035', positiveList: false, export: { inspection: true }, evidence: 'D', source: `${HS22}; 林蛙 (Rana dybowskii) products — farmed-wildlife rules vary, not on the import list (D)` },
  { hs: '0208909000', zh: '其他鲜、冷、冻肉（林蛙）', en: 'Other meat, fresh/chilled/frozen (forest frog)', category: 'fushun', vat: 'reduced', consumptionTax: null, mfnTariffBp: 2000, legalUnit: '035', positiveList: false, export: { licence: true, inspection: true }, evidence: 'D', source: `${HS22}; wildlife product: licence assumed (D)` },
  { hs: '2712200000', zh: '石蜡（含油量<0.75%）', en: 'Paraffin wax, oil content < 0.75%', category: 'fushun', vat: 'standard', consumptionTax: null, mfnTariffBp: 800, legalUnit: '035', positiveList: false, evidence: 'D', source: `${HS22}; Fushun Petrochemical paraffin, an export staple` },
  { hs: '2712901000', zh: '其他石蜡及微晶石蜡', en: 'Other paraffin and microcrystalline wax', category: 'fushun', vat: 'standard', consumptionTax: null, mfnTariffBp: 800, legalUnit: '035', positiveList: false, evidence: 'D', source: HS22 },
  { hs: '3406000000', zh: '各种蜡烛', en: 'Candles, tapers and the like', category: 'fushun', vat: 'standard', consumptionTax: null, mfnTariffBp: 1000, legalUnit: '035', positiveList: true, evidence: 'D', source: `${HS22}; paraffin candles` },
  { hs: '9602001000', zh: '已加工的琥珀及其制品', en: 'Worked amber and articles thereof', category: 'fushun', vat: 'standard', consumptionTax: null, mfnTariffBp: 1000, legalUnit: '035', positiveList: false, evidence: 'D', source: `${HS22}; Fushun amber and coal-jet carvings` },
  { hs: '0802920000', zh: '去壳松子', en: 'Pine nuts, shelled', category: 'fushun', vat: 'reduced', consumptionTax: null, mfnTariffBp: 1000, legalUnit: '035', positiveList: true, export: { inspection: true }, evidence: 'D', source: `${HS22}; farm product at 9% VAT (D)` },
  { hs: '0712390000', zh: '其他干蘑菇及块菌', en: 'Other dried mushrooms and truffles', category: 'fushun', vat: 'reduced', consumptionTax: null, mfnTariffBp: 1300, legalUnit: '035', positiveList: true, export: { inspection: true }, evidence: 'D', source: `${HS22}; farm product at 9% VAT (D)` },
];

export const HS_BY_CODE: ReadonlyMap<string, HsLine> = new Map(HS_LINES.map((l) => [l.hs, l]));

/** The 4-digit headings present in the table (used by the export simplified declaration). */
export const HS_HEADINGS: ReadonlySet<string> = new Set(HS_LINES.map((l) => l.hs.slice(0, 4)));
