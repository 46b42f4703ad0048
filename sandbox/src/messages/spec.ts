/**
 * Field specifications of the CEB messages, as data.
 *
 * Design: the parser, the serializer, the JSON reader and the format check are generic walkers
 * over these specs, so each message kind is described once, in its own file, in the XSD's words:
 * element name, the Chinese description from `xs:documentation`, the type in the notation of the
 * spec tables (`C36` exactly 36 characters, `C..60` up to 60, `C1..3` 1 to 3, `N19,5` decimal with
 * up to 19 digits of which 5 decimals, `N9` integer of up to 9 digits, `N` xs:int), requiredness
 * and, by array position, the XSD sequence order.
 */

/** How a field's value is read. */
export type FieldBase = 'string' | 'decimal' | 'int';

/** Value formats checked beyond the XSD facets (the XSD only fixes their length). */
export type FieldFormat = 'guid' | 'appType' | 'appStatus' | 'datetime14' | 'datetime17' | 'date8';

/** One leaf element of a record. */
export interface FieldSpec {
  readonly name: string;
  /** Description from the XSD (`xs:documentation`). */
  readonly zh: string;
  /** Type in spec-table notation: `C36`, `C..60`, `C1..3`, `N19,5`, `N9`, `N`. */
  readonly type: string;
  readonly base: FieldBase;
  /** XSD minOccurs=1. */
  readonly required: boolean;
  readonly length?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly totalDigits?: number;
  readonly fractionDigits?: number;
  /** XSD `whiteSpace collapse`: the value is compared after collapsing white space. */
  readonly collapse?: boolean;
  /** XSD `fixed` value (e.g. currency `142` on import messages). */
  readonly fixed?: string;
  readonly format?: FieldFormat;
  /** An amount of money: the sandbox allows at most 2 decimals (fen), cbec-customs.md §8.2. */
  readonly money?: boolean;
}

/** An element holding leaf fields only (`OrderHead`, `OrderList`, `BaseTransfer`...). */
export interface RecordSpec {
  readonly node: 'record';
  readonly name: string;
  readonly zh: string;
  readonly fields: readonly FieldSpec[];
}

/** An element holding other elements (`Order` = `OrderHead` + `OrderList`*). */
export interface GroupSpec {
  readonly node: 'group';
  readonly name: string;
  readonly zh: string;
  readonly children: readonly ChildSpec[];
}

/** A child element slot with its XSD occurrence bounds; `max` > 1 means an array in the typed object. */
export interface ChildSpec {
  readonly name: string;
  readonly min: number;
  /** `Infinity` for unbounded. */
  readonly max: number;
  readonly spec: RecordSpec | GroupSpec;
}

export type MessageDirection = 'import' | 'export';
/** `declaration`: sent by an enterprise, has a BaseTransfer. `receipt`: sent by the e-port or customs. */
export type MessageRole = 'declaration' | 'receipt';

/** One message kind. */
export interface MessageSpec {
  readonly kind: string;
  /** Root element local name, `CEBnnnMessage`. */
  readonly root: string;
  readonly zh: string;
  /** Short English title. */
  readonly en: string;
  readonly direction: MessageDirection;
  readonly role: MessageRole;
  /** Business nodes, in order, before the envelope parts. */
  readonly body: readonly ChildSpec[];
  /**
   * Envelope order after the body. `import`: BaseTransfer, BaseSubscribe*, ExtendMessage?, Signature.
   * `export`: BaseTransfer, BaseSubscribe*, Signature?, ExtendMessage?. `none`: receipts.
   */
  readonly envelope: 'import' | 'export' | 'none';
  readonly signature: 'required' | 'optional' | 'none';
}

const TYPE_RE = /^(?:C(\d+)|C(\d*)\.\.(\d*)|N(\d+),(\d+)|N(\d*))$/;

/** Builds a field spec from the spec-table type notation. */
export function field(
  name: string,
  zh: string,
  type: string,
  required: boolean,
  extra: Pick<FieldSpec, 'collapse' | 'fixed' | 'format' | 'money'> = {},
): FieldSpec {
  const m = TYPE_RE.exec(type);
  if (!m) throw new Error(`bad field type ${type} for ${name}`);
  const [, len, min, max, total, frac, intDigits] = m;
  const num = (s: string | undefined): number | undefined => (s === undefined || s === '' ? undefined : Number(s));
  const spec: { -readonly [K in keyof FieldSpec]: FieldSpec[K] } = {
    name,
    zh,
    type,
    required,
    base: total !== undefined ? 'decimal' : intDigits !== undefined ? 'int' : 'string',
  };
  const length = num(len);
  const minLength = num(min);
  const maxLength = num(max);
  const totalDigits = num(total) ?? num(intDigits);
  const fractionDigits = num(frac);
  if (length !== undefined) spec.length = length;
  if (minLength !== undefined) spec.minLength = minLength;
  if (maxLength !== undefined) spec.maxLength = maxLength;
  if (totalDigits !== undefined) spec.totalDigits = totalDigits;
  if (fractionDigits !== undefined) spec.fractionDigits = fractionDigits;
  if (extra.collapse) spec.collapse = true;
  if (extra.fixed !== undefined) spec.fixed = extra.fixed;
  if (extra.format !== undefined) spec.format = extra.format;
  if (extra.money) spec.money = true;
  return spec;
}

export function record(name: string, zh: string, fields: readonly FieldSpec[]): RecordSpec {
  return { node: 'record', name, zh, fields };
}

export function group(name: string, zh: string, children: readonly ChildSpec[]): GroupSpec {
  return { node: 'group', name, zh, children };
}

export function child(name: string, min: number, max: number, spec: RecordSpec | GroupSpec): ChildSpec {
  return { name, min, max, spec };
}

// ---------------------------------------------------------------------------
// Envelope records, identical in the import and export XSDs.
// ---------------------------------------------------------------------------

/** `BaseTransfer` — 传输企业. */
export const baseTransferSpec: RecordSpec = record('BaseTransfer', '基础报文传输实体', [
  field('copCode', '报文传输的企业代码（需要与接入客户端的企业身份一致）', 'C1..18', true),
  field('copName', '报文传输的企业名称', 'C..100', true),
  field('dxpMode', '默认为DXP；指中国电子口岸数据交换平台', 'C3', true),
  field('dxpId', '向中国电子口岸数据中心申请数据交换平台的用户编号', 'C..30', true),
  field('note', '备注', 'C..1000', false),
]);

/** `BaseSubscribe` — 基础回执订阅. */
export const baseSubscribeSpec: RecordSpec = record('BaseSubscribe', '基础回执订阅实体', [
  field('status', '用户订阅单证业务状态的信息, ALL-订阅数据和回执, DATA-只订阅数据, RET-只订阅回执', 'C..100', true),
  field('dxpMode', '默认为DXP；指中国电子口岸数据交换平台', 'C3', true),
  field('dxpAddress', '向中国电子口岸数据中心申请数据交换平台的用户编号', 'C..100', true),
  field('note', '备注', 'C..1000', false),
]);

/** The leaf fields of `ExtendMessage` (its `Message` is open content, handled apart). */
export const extendMessageSpec: RecordSpec = record('ExtendMessage', '扩展自定义数据实体', [
  field('name', '自定义报文名称', 'C..30', true),
  field('version', '自定义报文版本', 'C..30', true),
]);

/** Root attributes of every message. */
export const rootAttributeSpecs: readonly FieldSpec[] = [
  field('guid', '报文的36位系统唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('version', '报文版本号 默认1.0', 'C1..10', true),
];
