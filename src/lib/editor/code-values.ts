/**
 * Which code table a field takes its values from, by element name, for value completion. The
 * tables are the engine's own (the same ones `checkCodes` judges against).
 */
import {
  COUNTRIES,
  CURRENCIES,
  CUSTOMS_DISTRICTS,
  HS_LINES,
  ID_TYPES,
  ORDER_TYPES,
  STATISTICS_FLAGS,
  SUPERVISION_MODES,
  TRANSPORT_MODES,
  UNITS,
  WRAP_TYPES,
} from '#sandbox';

export interface CodeValue {
  code: string;
  zh: string;
  en: string;
}

export type CodeTableName = 'country' | 'currency' | 'unit' | 'district' | 'mode' | 'idType' | 'hs' | 'transport' | 'wrap' | 'orderType' | 'statisticsFlag' | 'ieFlag' | 'appType' | 'appStatus';

const FIELD_TABLE: Readonly<Record<string, CodeTableName>> = {
  country: 'country',
  tradeCountry: 'country',
  currency: 'currency',
  fCurrency: 'currency',
  iCurrency: 'currency',
  unit: 'unit',
  unit1: 'unit',
  unit2: 'unit',
  customsCode: 'district',
  portCode: 'district',
  tradeMode: 'mode',
  buyerIdType: 'idType',
  payerIdType: 'idType',
  gcode: 'hs',
  trafMode: 'transport',
  wrapType: 'wrap',
  orderType: 'orderType',
  statisticsFlag: 'statisticsFlag',
  ieFlag: 'ieFlag',
  appType: 'appType',
  appStatus: 'appStatus',
};

const plain = (rows: ReadonlyArray<{ code: string; zh: string; en: string }>): CodeValue[] => rows.map(({ code, zh, en }) => ({ code, zh, en }));

const TABLES: Readonly<Record<CodeTableName, readonly CodeValue[]>> = {
  country: plain(COUNTRIES),
  currency: plain(CURRENCIES),
  unit: plain(UNITS),
  district: plain(CUSTOMS_DISTRICTS),
  mode: plain(SUPERVISION_MODES),
  idType: plain(ID_TYPES),
  hs: HS_LINES.map((l) => ({ code: l.hs, zh: l.zh, en: l.en })),
  transport: plain(TRANSPORT_MODES),
  wrap: plain(WRAP_TYPES),
  orderType: plain(ORDER_TYPES),
  statisticsFlag: plain(STATISTICS_FLAGS),
  ieFlag: [
    { code: 'I', zh: '进口', en: 'Import' },
    { code: 'E', zh: '出口', en: 'Export' },
  ],
  appType: [
    { code: '1', zh: '新增', en: 'New' },
    { code: '2', zh: '变更', en: 'Change' },
    { code: '3', zh: '删除', en: 'Delete' },
  ],
  appStatus: [
    { code: '1', zh: '暂存', en: 'Held (not declared)' },
    { code: '2', zh: '申报', en: 'Declared' },
  ],
};

/** The code table of a field, by its element name. */
export function codeTableOf(field: string): CodeTableName | undefined {
  return FIELD_TABLE[field];
}

/** The values a field may take, or `undefined` when it is free text. */
export function codeValuesOf(field: string): readonly CodeValue[] | undefined {
  const table = FIELD_TABLE[field];
  return table === undefined ? undefined : TABLES[table];
}

/** The entry of `value` in the field's table, for hover help on a value. */
export function codeValue(field: string, value: string): CodeValue | undefined {
  return codeValuesOf(field)?.find((v) => v.code === value);
}
