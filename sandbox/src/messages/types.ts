/**
 * Typed objects of the CBEC unified-system messages (海关跨境电商统一版, 2022 edition, 202205版).
 *
 * Design:
 * - Every interface mirrors an element of the official XSDs (import-business-202205.xsd,
 *   export-business-202205.xsd). Element names are kept exactly as the standard spells them,
 *   misspellings included (`acturalPaid`, `coElNo`, `POD`), so a field path reads like the XML.
 * - Where the import and export XSDs define two different elements with the same name, the
 *   interface carries the direction as a prefix (`ImportOrderHead`, `ExportOrderHead`); the XML
 *   element and the path segment stay `OrderHead`.
 * - Every leaf value is the exact text of the XML element, as a string, whatever its XSD type:
 *   amounts (`N19,5`) stay decimal strings such as `"199.00"`, integers (`gnum`) stay `"1"`.
 *   Nothing is lost or rounded between XML and the typed object, an invalid value can still be
 *   held and reported, and money is converted to integer fen only where it is computed
 *   (`decimalToFen` in `./decimal.ts`).
 * - Optional XSD elements (minOccurs=0) are optional properties: absent element, absent property.
 *   A present but empty element is `""`. A required element missing from the XML is parsed as
 *   `""` and reported by `checkFormat` (FMT_REQUIRED), so the object always has its shape.
 * - Batching: a message carries 1..100 business nodes (`Order`, `Inventory`, `Logistics`...);
 *   any node the XSD allows more than once is an array, even when it holds one item; a node the
 *   XSD allows once is an object (`Delivery` in CEB711, `MessageReturn` in CEB900, every `…Head`).
 *   Lists that may be empty (`ArrivalList`, `SummaryApplyList`, `SummaryResultList`) are `[]`.
 * - The root attributes `guid` and `version` are top-level properties next to `kind`.
 *
 * Field paths (used by every Finding and by `ParsedMessage.positions`): property names joined with
 * `.`, array items as `[i]` (0-based), starting below the root element:
 *   `guid` (root attribute) · `Order[0]` (the element) · `Order[0].OrderHead.orderNo` ·
 *   `Order[0].OrderList[1].gnum` · `BaseTransfer.copCode` · `BaseSubscribe[0].status` ·
 *   `Signature.SignatureValue` · `Signature.SignedInfo.Reference[0].DigestValue` ·
 *   `MessageReturn.returnInfo`. The root element itself is the empty path `""`.
 */

import type { Finding, SourcePosition } from '../types.ts';

/** The namespace of every CEB element. */
export const CEB_NAMESPACE = 'http://www.chinaport.gov.cn/ceb';
/** The XMLDSig namespace of `ds:Signature`. */
export const DS_NAMESPACE = 'http://www.w3.org/2000/09/xmldsig#';
/** The XML Schema instance namespace the official samples declare. */
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** Root attributes shared by every message. */
export interface MessageBase {
  /** Root attribute `guid`: 36-character unique message id, upper case (C36). */
  guid: string;
  /** Root attribute `version`: message version, default `"1.0"` (C1..10). */
  version: string;
}

/** Envelope parts of an enterprise declaration (every message that has a `BaseTransfer`). */
export interface DeclarationBase extends MessageBase {
  /** [1..1] Transmitting enterprise (传输企业). */
  BaseTransfer: BaseTransfer;
  /** [0..5] Receipt subscriptions (订阅); absent when none. */
  BaseSubscribe?: BaseSubscribe[];
  /** [0..1] Free extension data (扩展自定义数据). */
  ExtendMessage?: ExtendMessage;
}

/** `ExtendMessage` — 扩展自定义数据实体. */
export interface ExtendMessage {
  /** 自定义报文名称 (C..30) */
  name: string;
  /** 自定义报文版本 (C..30) */
  version: string;
  /** 自定义报文实体: the content of `<Message>`, kept as a generic tree (xs:any, not validated). */
  Message: XmlAnyNode[];
}

/** A generic XML node, for content the XSD leaves open (`xs:any`). Text is a plain string. */
export type XmlAnyNode = XmlAnyElement | string;

/** A generic XML element. */
export interface XmlAnyElement {
  /** Local name. */
  name: string;
  /** Namespace URI, `""` for none. */
  namespace: string;
  /** Attributes by qualified name as written (namespace declarations excluded). */
  attributes: Record<string, string>;
  children: XmlAnyNode[];
}

/**
 * `ds:Signature` — the XMLDSig subset the 2022 package uses (xmldsig-core-schema.xsd as shipped):
 * SignedInfo, SignatureValue, KeyInfo with KeyName and X509Data/X509Certificate. Text values are
 * kept exactly (base64 line breaks included).
 */
export interface DsSignature {
  Id?: string;
  SignedInfo: DsSignedInfo;
  SignatureValue: string;
  KeyInfo?: DsKeyInfo;
}

export interface DsSignedInfo {
  CanonicalizationMethod: { Algorithm: string };
  SignatureMethod: { Algorithm: string };
  /** [1..unbounded] */
  Reference: DsReference[];
}

export interface DsReference {
  URI?: string;
  /** `Transforms/Transform` algorithms, in order; absent when there is no `Transforms`. */
  Transforms?: Array<{ Algorithm: string }>;
  DigestMethod: { Algorithm: string };
  DigestValue: string;
}

export interface DsKeyInfo {
  /** 证书编号 / key name the e-port knows the certificate by. */
  KeyName?: string;
  /** `X509Data/X509Certificate` (base64). */
  X509Certificate?: string;
}

/** A field path, e.g. `Order[0].OrderList[1].gnum` (see the header for the convention). */
export type FieldPath = string;

/** A message with where each of its parts stands in the XML source. */
export interface ParsedMessage {
  message: CebMessage;
  /**
   * Source position of every element and root attribute read from XML, by field path: the start
   * of its start tag to the end of its end tag. Empty for messages read from JSON. A required
   * field that is missing from the XML has no entry (its parent has one).
   */
  positions: Record<FieldPath, SourcePosition>;
  /**
   * Paths of structural nodes the parser had to create because the XML lacked them (reported as
   * XML_MISSING_ELEMENT); `checkFormat` does not report the fields of those nodes again.
   */
  synthesized?: FieldPath[];
}

/**
 * Outcome of reading a message. `ok` is false when no message could be built at all (malformed
 * XML, forbidden DTD, size or depth cap, unknown root, wrong namespace, JSON of the wrong shape);
 * otherwise `parsed` is set and `findings` lists structural problems found on the way (unknown
 * or misplaced elements...). Field formats are checked separately by `checkFormat`.
 */
export type ParseResult =
  | { ok: true; parsed: ParsedMessage; findings: Finding[] }
  | { ok: false; findings: Finding[] };

// ---------------------------------------------------------------------------
// Import (进口) records, import-business-202205.xsd
// ---------------------------------------------------------------------------

/** `MessageReturn` — 报文格式校验回执实体 */
export interface MessageReturn {
  /** 36位唯一序号 (C36) */
  guid: string;
  /** 小于0数字表示报文格式校验异常。 (C1..10) */
  returnStatus: string;
  /** 回执详细信息 (C0..5000) */
  returnInfo: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) (C17) */
  returnTime: string;
  /** 原始传输报文的copMsgId (C0..255) */
  oriCopMsgId: string;
  /** 原始报文的报文类型，如CEB311Message，未知类型为Unknown (C0..15) */
  oriMessageType: string;
  /**  (C0..) */
  oriBizMessage: string;
}

/** `TaxHeadStatus` — 电子税单状态表头实体 */
export interface TaxHeadStatus {
  /** 36位系统唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 回执时间,格式:YYYYMMDDhhmmssSSS (C17) */
  returnTime: string;
  /** 进境清单编号，海关审结生成标识清单的编号（4位关区+4位年+1位进出口标记+9位流水号） (C1..18) */
  invtNo: string;
  /** 电子税单编号 (C1..50) */
  taxNo: string;
  /** 税单状态（(1-已生成，2-已汇总 3-作废)） (C1) */
  status: string;
  /** 缴款书编号 (C..50, optional) */
  entDutyNo?: string;
  /** 担保企业代码 (C..64, optional) */
  assureCode?: string;
}

/** `TaxHeadRd` — 电子税单表头实体 */
export interface TaxHeadRd {
  /** 36位系统唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 回执时间,格式:YYYYMMDDhhmmssSSS (C17) */
  returnTime: string;
  /** 进境清单编号，海关审结生成标识清单的编号（4位关区+4位年+1位进出口标记+9位流水号） (C1..18) */
  invtNo: string;
  /** 电子税单编号 (C1..50) */
  taxNo: string;
  /** 应征关税 (N19,5) */
  customsTax: string;
  /** 应征增值税 (N19,5) */
  valueAddedTax: string;
  /** 应征消费税 (N19,5) */
  consumptionTax: string;
  /** 税单状态（(1-已生成，2-已汇总 3-作废)） (C1) */
  status: string;
  /** 缴款书编号 (C..50, optional) */
  entDutyNo?: string;
  /** 备注 (C..1000, optional) */
  note?: string;
  /** 担保企业代码 (C..64, optional) */
  assureCode?: string;
  /** 电商企业代码 (C..64, optional) */
  ebcCode?: string;
  /** 物流企业代码 (C..64, optional) */
  logisticsCode?: string;
  /** 申报单位代码,10位海关代码或者18位信用代码 (C1..18, optional) */
  agentCode?: string;
  /** 申报口岸 (C4, optional) */
  customsCode?: string;
}

/** `TaxListRd` — 电子税单表体实体 */
export interface TaxListRd {
  /** 商品项号,从1开始连续序号 (N) */
  gnum: string;
  /** 海关商品编码（10位） (C10) */
  gcode: string;
  /** 完税总价格 (N19,5) */
  taxPrice: string;
  /** 应征关税 (N19,5) */
  customsTax: string;
  /** 应征增值税 (N19,5) */
  valueAddedTax: string;
  /** 应征消费税 (N19,5) */
  consumptionTax: string;
}

/** `OrderHead` — 电子订单表头实体 */
export interface ImportOrderHead {
  /** 企业系统生成36位唯一序号（英文字母大写）。 (C36) */
  guid: string;
  /** 企业报送类型。1-新增 2-变更 3-删除。默认为1。 (C1) */
  appType: string;
  /** 企业报送时间。格式:YYYYMMDDhhmmss。mss (C14) */
  appTime: string;
  /** 业务状态:1-暂存,2-申报,默认为2。 (C1..3) */
  appStatus: string;
  /** 电子订单类型：I进口 (C1) */
  orderType: string;
  /** 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 (C1..60) */
  orderNo: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 (C1..18) */
  ebpCode: string;
  /** 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。 (C1..100) */
  ebpName: string;
  /** 电商企业的海关注册登记编号。 (C1..18) */
  ebcCode: string;
  /** 电商企业的海关注册登记名称。 (C1..100) */
  ebcName: string;
  /** 商品实际成交价，含非现金抵扣金额。 (N19,5) */
  goodsValue: string;
  /** 不包含在商品价格中的运杂费，无则填写"0"。 (N19,5) */
  freight: string;
  /** 使用积分、虚拟货币、代金券等非现金支付金额，无则填写"0"。 (N19,5) */
  discount: string;
  /** 企业预先代扣的税款金额，无则填写“0” (N19,5) */
  taxTotal: string;
  /** 商品价格+运杂费+代扣税款-非现金抵扣金额，与支付凭证的支付金额一致。 (N19,5) */
  acturalPaid: string;
  /** 限定为人民币，填写“142”。 (C3) */
  currency: string;
  /** 订购人的交易平台注册号。 (C1..60) */
  buyerRegNo: string;
  /** 订购人的真实姓名。 (C1..60) */
  buyerName: string;
  /** 订购人电话。 (C1..30) */
  buyerTelephone: string;
  /** 1-身份证,2-其它。限定为身份证，填写“1” (C1) */
  buyerIdType: string;
  /** 订购人的身份证件号码。 (C1..60) */
  buyerIdNumber: string;
  /** 支付企业的海关注册登记编号。 (C..18, optional) */
  payCode?: string;
  /** 支付企业在海关注册登记的企业名称。 (C..100, optional) */
  payName?: string;
  /** 支付企业唯一的支付流水号。 (C..60, optional) */
  payTransactionId?: string;
  /** 商品批次号 (C..100, optional) */
  batchNumbers?: string;
  /** 收货人姓名，必须与电子运单的收货人姓名一致。 (C1..100) */
  consignee: string;
  /** 收货人联系电话，必须与电子运单的收货人电话一致。 (C1..50) */
  consigneeTelephone: string;
  /** 收货地址，必须与电子运单的收货地址一致。 (C1..200) */
  consigneeAddress: string;
  /** 参照国家统计局公布的国家行政区划标准填制。 (C6, optional) */
  consigneeDistrict?: string;
  /** 订单备注 (C..1000, optional) */
  note?: string;
}

/** `OrderList` — 电子订单商品实体 */
export interface ImportOrderList {
  /** 从1开始的递增序号。 (N) */
  gnum: string;
  /** 电商企业自定义的商品货号（SKU）。 (C..30, optional) */
  itemNo?: string;
  /** 交易平台销售商品的中文名称。 (C1..250) */
  itemName: string;
  /** 满足海关归类、审价以及监管的要求为准。包括：品名、牌名、规格、型号、成份、含量、等级等。 (C1..510) */
  gmodel: string;
  /** 交易平台销售商品的描述信息。 (C..1000, optional) */
  itemDescribe?: string;
  /** 国际通用的商品条形码，一般由前缀部分、制造厂商代码、商品代码和校验码组成。 (C..50, optional) */
  barCode?: string;
  /** 填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 计量单位代码。 (C3) */
  unit: string;
  /** 商品实际数量。 (N19,5) */
  qty: string;
  /** 商品单价。赠品单价填写为“0”。 (N19,5) */
  price: string;
  /** 商品总价，等于单价乘以数量。 (N19,5) */
  totalPrice: string;
  /** 限定为人民币，填写“142”。 (C3) */
  currency: string;
  /** 填写海关标准的参数代码，参照《JGS-20 海关业务代码集》-国家（地区）代码表。 (C3) */
  country: string;
  /** 促销活动，商品单价偏离市场价格的，可以在此说明。 (C..1000, optional) */
  note?: string;
}

/** `OrderReturn` — 电子订单回执实体 */
export interface ImportOrderReturn {
  /** 电子口岸系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 (C1..18) */
  ebpCode: string;
  /** 电商企业的海关注册登记编号。 (C1..18) */
  ebcCode: string;
  /** 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 (C1..60) */
  orderNo: string;
  /** 操作结果（2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执 (C1..10) */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) (C17) */
  returnTime: string;
  /** 备注（如:退单原因） (C1..1000) */
  returnInfo: string;
}

/** `PaymentHead` — 支付凭证数据实体 */
export interface PaymentHead {
  /** 企业系统生成36位唯一序号（英文字母大写）。 (C36) */
  guid: string;
  /** 企业报送类型。1-新增 2-变更 3-删除。默认为1。 (C1) */
  appType: string;
  /** 企业报送时间。格式:YYYYMMDDhhmmss。mss (C14) */
  appTime: string;
  /** 业务状态:1-暂存,2-申报,默认为2。 (C1..3) */
  appStatus: string;
  /** 支付企业的海关注册登记编号。 (C1..18) */
  payCode: string;
  /** 支付企业在海关注册登记的名称。 (C1..100) */
  payName: string;
  /** 支付企业唯一的支付流水号。 (C1..60) */
  payTransactionId: string;
  /** 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 (C1..60) */
  orderNo: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 (C1..18) */
  ebpCode: string;
  /** 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。 (C1..100) */
  ebpName: string;
  /** 1-身份证,2-其它。限定为身份证，填写“1”。 (C1) */
  payerIdType: string;
  /** 支付人证件号码 (C1..60) */
  payerIdNumber: string;
  /** 支付人的身份证件号码。 (C1..60) */
  payerName: string;
  /** 支付人电话 (C..60, optional) */
  telephone?: string;
  /** 支付金额 (N19,5) */
  amountPaid: string;
  /** 限定为人民币，填写“142”。 (C3) */
  currency: string;
  /** 支付时间，格式:YYYYMMDDhhmmss。hm (C14) */
  payTime: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `PaymentReturn` — 支付凭证回执实体 */
export interface PaymentReturn {
  /** 电子口岸生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 支付企业的海关注册登记编号。 (C1..18) */
  payCode: string;
  /** 支付企业唯一的支付流水号。 (C1..60) */
  payTransactionId: string;
  /** 操作结果（2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执 (C1..10) */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) (C17) */
  returnTime: string;
  /** 备注（如:退单原因） (C1..1000) */
  returnInfo: string;
}

/** `LogisticsHead` — 物流运单数据实体 */
export interface LogisticsHead {
  /** 企业系统生成36位唯一序号（英文字母大写）。 (C36) */
  guid: string;
  /** 企业报送类型。1-新增 2-变更 3-删除。默认为1。 (C1) */
  appType: string;
  /** 企业报送时间。格式:YYYYMMDDhhmmss。mss (C14) */
  appTime: string;
  /** 业务状态:1-暂存,2-申报,默认为2。 (C1..3) */
  appStatus: string;
  /** 物流企业的海关注册登记编号。 (C1..18) */
  logisticsCode: string;
  /** 物流企业在海关注册登记的名称。 (C1..100) */
  logisticsName: string;
  /** 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 (C1..60) */
  logisticsNo: string;
  /** 直购进口为海运提单、空运总单或汽车载货清单 (C..37, optional) */
  billNo?: string;
  /** 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 (C1..60) */
  orderNo: string;
  /** 商品运输费用，无则填“0”。 (N19,5, optional) */
  freight?: string;
  /** 商品保险费用，无则填“0”。 (N19,5, optional) */
  insuredFee?: string;
  /** 限定为人民币，填写“142”。 (C3) */
  currency: string;
  /** 毛重,单位为千克。 (N19,5) */
  weight: string;
  /** 单个运单下包裹数，限定为“1”。 (N9) */
  packNo: string;
  /** 配送的商品信息，包括商品名称、数量等。 (C..200, optional) */
  goodsInfo?: string;
  /** 收货人姓名。 (C1..100) */
  consignee: string;
  /** 收货地址。 (C1..200) */
  consigneeAddress: string;
  /** 收货人电话号码。 (C1..50) */
  consigneeTelephone: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `LogisticsReturn` — 物流运单回执实体 */
export interface ImportLogisticsReturn {
  /** 电子口岸生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 物流企业的海关注册登记编号。 (C1..18) */
  logisticsCode: string;
  /** 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 (C1..60) */
  logisticsNo: string;
  /** 操作结果（2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执 (C1..10) */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) (C17) */
  returnTime: string;
  /** 备注（如:退单原因） (C1..1000) */
  returnInfo: string;
}

/** `LogisticsStatus` — 物流运单状态数据实体 */
export interface LogisticsStatus {
  /** 企业系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 企业报送类型。1-新增 2-变更 3-删除。默认为1。 (C1) */
  appType: string;
  /** 企业报送时间。格式:YYYYMMDDhhmmss。mss (C14) */
  appTime: string;
  /** 业务状态:1-暂存,2-申报,默认为2。 (C1..3) */
  appStatus: string;
  /** 物流企业的海关注册登记编号。 (C1..18) */
  logisticsCode: string;
  /** 物流企业在海关注册登记的名称。 (C1..100) */
  logisticsName: string;
  /** 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 (C1..60) */
  logisticsNo: string;
  /** 物流签收状态，限定S (C1) */
  logisticsStatus: string;
  /** 物流状态发生的实际时间。格式:YYYYMMDDhhmmss。 (C14) */
  logisticsTime: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `LogisticsStatusReturn` — 物流运单状态回执实体 */
export interface LogisticsStatusReturn {
  /** 电子口岸生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 物流企业的海关注册登记编号。 (C1..18) */
  logisticsCode: string;
  /** 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 (C1..60) */
  logisticsNo: string;
  /** 物流签收状态，限定为S (C1) */
  logisticsStatus: string;
  /** 操作结果（2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结）,若小于0数字表示处理异常回执 (C1..10) */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) (C17) */
  returnTime: string;
  /** 回执信息（如:退单原因） (C1..1000) */
  returnInfo: string;
}

/** `InventoryHead` — 进口清单表头实体 */
export interface ImportInventoryHead {
  /** 企业系统生成36位唯一序号（英文字母大写）。 (C36) */
  guid: string;
  /** 企业报送类型。1-新增 2-变更 3-删除。默认为1。 (C1) */
  appType: string;
  /** 企业报送时间。格式:YYYYMMDDhhmmss。mss (C14) */
  appTime: string;
  /** 业务状态:1-暂存,2-申报,默认为1。填写2时,Signature节点必须填写. (C1..3) */
  appStatus: string;
  /** 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 (C1..60) */
  orderNo: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 (C1..18) */
  ebpCode: string;
  /** 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。 (C1..100) */
  ebpName: string;
  /** 电商企业的海关注册登记编号。 (C1..18) */
  ebcCode: string;
  /** 电商企业的海关注册登记名称。 (C1..100) */
  ebcName: string;
  /** 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 (C1..60) */
  logisticsNo: string;
  /** 物流企业的海关注册登记编号。 (C1..18) */
  logisticsCode: string;
  /** 物流企业在海关注册登记的名称。 (C1..100) */
  logisticsName: string;
  /** 企业内部标识单证的编号。 (C..20, optional) */
  copNo?: string;
  /** 电子口岸标识单证的编号。 (C..18, optional) */
  preNo?: string;
  /** 担保扣税的企业海关注册登记编号，只限清单的申报企业、电商企业物流企业。 (C1..30) */
  assureCode: string;
  /** 保税模式必填，填写区内仓储企业在海关备案的账册编号，用于保税进口业务在特殊区域辅助系统记账（二线出区核减）。 (C..30, optional) */
  emsNo?: string;
  /** 海关接受申报生成的清单编号。 (C..18, optional) */
  invtNo?: string;
  /** I-进口,E-出口 (C1) */
  ieFlag: string;
  /** 申报日期，以海关计算机系统接受清单申报数据时记录的日期为准。格式:YYYYMMDD。 (C8) */
  declTime: string;
  /** 接受清单申报的海关关区代码，参照JGS/T 18《海关关区代码》。 (C4) */
  customsCode: string;
  /** 商品实际进出我国关境口岸海关的关区代码，参照JGS/T 18《海关关区代码》。 (C4) */
  portCode: string;
  /** 运载所申报商品的运输工具申报进境的日期，进口申报时无法确知相应的运输工具的实际进境日期时，免填。格式:YYYYMMDD (C8, optional) */
  ieDate?: string;
  /** 1-身份证,2-其它。限定为身份证，填写“1”。 (C1) */
  buyerIdType: string;
  /** 订购人的身份证件号码。 (C1..60) */
  buyerIdNumber: string;
  /** 订购人的真实姓名。 (C1..60) */
  buyerName: string;
  /** 订购人电话。 (C1..30) */
  buyerTelephone: string;
  /** 收件地址。 (C1..200) */
  consigneeAddress: string;
  /** 申报单位的海关注册登记编号。 (C1..18) */
  agentCode: string;
  /** 申报单位在海关注册登记的名称。 (C1..100) */
  agentName: string;
  /** 保税模式必填，区内仓储企业的海关注册登记编号。 (C..18, optional) */
  areaCode?: string;
  /** 保税模式必填，区内仓储企业在海关注册登记的名称。 (C..100, optional) */
  areaName?: string;
  /** 直购进口填写“9610”，保税进口填写“1210”。 (C4) */
  tradeMode: string;
  /** 填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 运输方式代码。直购进口指跨境段物流运输方式，保税进口指二线出区物流运输方式。 (C1) */
  trafMode: string;
  /** 直购进口必填。货物进出境的运输工具的名称或运输工具编号。填报内容应与运输部门向海关申报的载货清单所列相应内容一致；同报关单填制规范。保税进口免填。 (C..100, optional) */
  trafNo?: string;
  /** 直购进口必填。货物进出境的运输工具的航次编号。保税进口免填。 (C..32, optional) */
  voyageNo?: string;
  /** 直购进口必填。货物提单或运单的编号，保税进口免填。 (C..37, optional) */
  billNo?: string;
  /** 针对同一申报地海关下有多个跨境电子商务的监管场所,需要填写区分 (C..10, optional) */
  loctNo?: string;
  /** 商务主管部门及其授权发证机关签发的进出口货物许可证件的编号 (C..19, optional) */
  licenseNo?: string;
  /** 直购进口填写起始发出国家（地区）代码，参照《JGS-20 海关业务代码集》的国家（地区）代码表；保税进口填写代码“142”。 (C3) */
  country: string;
  /** 物流企业实际收取的运输费用。 (N19,5) */
  freight: string;
  /** 物流企业实际收取的商品保价费用。 (N19,5) */
  insuredFee: string;
  /** 限定为人民币，填写“142”。 (C3) */
  currency: string;
  /** 海关对进出口货物实际采用的外部包装方式的标识代码，采用1 位数字表示，如：木箱、纸箱、桶装、散装、托盘、包、油罐车等 (C1, optional) */
  wrapType?: string;
  /** 件数为包裹数量，限定为“1”。 (N9) */
  packNo: string;
  /** 货物及其包装材料的重量之和，计量单位为千克。 (N19,5) */
  grossWeight: string;
  /** 货物的毛重减去外包装材料后的重量，即货物本身的实际重量，计量单位为千克。 (N19,5) */
  netWeight: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `InventoryList` — 进口清单表体实体 */
export interface ImportInventoryList {
  /** 从1开始连续序号，与关联的电子订单表体序号一一对应。 (N) */
  gnum: string;
  /** 账册备案料号 保税模式必填 (C..30, optional) */
  itemRecordNo?: string;
  /** 电商企业自定义的商品货号（SKU）。 (C..20, optional) */
  itemNo?: string;
  /** 交易平台销售商品的中文名称。 (C..250, optional) */
  itemName?: string;
  /** 按商品分类编码规则确定的进出口商品的商品编号，分为商品编号和附加编号，其中商品编号栏应填报《中华人民共和国进出口税则》8位税则号列，附加编号应填报商品编号，附加编号第9、10位。 (C10) */
  gcode: string;
  /** 商品名称应据实填报，与电子订单一致。 (C1..250) */
  gname: string;
  /** 满足海关归类、审价以及监管的要求为准。包括：品名、牌名、规格、型号、成份、含量、等级等。 (C1..510) */
  gmodel: string;
  /** 商品条码一般由前缀部分、制造厂商代码、商品代码和校验码组成。没有条码填“无” (C..50, optional) */
  barCode?: string;
  /** 原产国（地区），海关标准的参数代码 《JGS-20 海关业务代码集》 国家（地区）代码表填写代码。 (C3) */
  country: string;
  /** 贸易国，按海关规定的《国别（地区）代码表》选择填报相应的贸易国（地区）代码。 (C1..3, optional) */
  tradeCountry?: string;
  /** 限定为人民币，填写“142”。 (C3) */
  currency: string;
  /** 数量，按成交计量单位的实际数量 (N19,5) */
  qty: string;
  /** 计量单位，海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码 (C3) */
  unit: string;
  /** 法定数量，海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码 (N19,5) */
  qty1: string;
  /** 法定i计量单位,海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码 (C3) */
  unit1: string;
  /** 第二数量 (N19,5, optional) */
  qty2?: string;
  /** 第二计量单位,海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码 (C3, optional) */
  unit2?: string;
  /** 成交单价 (N19,5) */
  price: string;
  /** 成交总价 (N19,5) */
  totalPrice: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `InventoryReturn` — 进口清单回执实体 */
export interface ImportInventoryReturn {
  /** 电子口岸生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 申报口岸 (C4, optional) */
  customsCode?: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 (C1..18, optional) */
  ebpCode?: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 (C1..18, optional) */
  ebcCode?: string;
  /** 申报单位代码,10位海关代码或者18位信用代码(兼容考虑，暂设为选填) (C1..18, optional) */
  agentCode?: string;
  /** 企业内部标识单证的编号 (C1..20) */
  copNo: string;
  /** 电子口岸标识单证的编号 (C18) */
  preNo: string;
  /** 海关审核反馈清单的编号 (C18, optional) */
  invtNo?: string;
  /** 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/300人工审核/399海关审结/800放行/899结关/500查验/5… (C1..10) */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) (C17) */
  returnTime: string;
  /** 回执信息（如:退单原因） (C1..1000) */
  returnInfo: string;
}

/** `InvtCancel` — 撤销申请单实体 */
export interface ImportInvtCancel {
  /** 企业系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 企业报送类型。1-新增。默认为1。 (C1) */
  appType: string;
  /** 企业报送时间。格式:YYYYMMDDhhmmss。mss (C14) */
  appTime: string;
  /** 业务状态:1-暂存,2-申报,默认为1。填写2时,Signature节点必须填写. (C1..3) */
  appStatus: string;
  /** 接受申报的海关关区代码，参照JGS/T 18《海关关区代码》。 (C4) */
  customsCode: string;
  /** 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 (C1..60) */
  orderNo: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 (C1..18) */
  ebpCode: string;
  /** 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。 (C1..100) */
  ebpName: string;
  /** 电商企业的海关注册登记编号。 (C1..18) */
  ebcCode: string;
  /** 电商企业的海关注册登记名称。 (C1..100) */
  ebcName: string;
  /** 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 (C1..60) */
  logisticsNo: string;
  /** 物流企业的海关注册登记编号。 (C1..18) */
  logisticsCode: string;
  /** 物流企业在海关注册登记的名称。 (C1..100) */
  logisticsName: string;
  /** 企业内部标识单证的编号 (C..20, optional) */
  copNo?: string;
  /** 电子口岸标识单证的编号 (C..18, optional) */
  preNo?: string;
  /** 申请撤销的原始清单编号。 (C1..18) */
  invtNo: string;
  /** 1-身份证,2-其它。限定为身份证，填写“1”。 (C1) */
  buyerIdType: string;
  /** 订购人的身份证件号码。 (C1..60) */
  buyerIdNumber: string;
  /** 订购人的真实姓名。 (C1..60) */
  buyerName: string;
  /** 订购人电话 (C1..30) */
  buyerTelephone: string;
  /** 申报单位的海关注册登记编号。 (C1..18) */
  agentCode: string;
  /** 申报单位在海关注册登记的名称。 (C1..100) */
  agentName: string;
  /** 撤单原因 (C1..1000) */
  reason: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `InvtCancelReturn` — 撤销申请单回执实体 */
export interface ImportInvtCancelReturn {
  /** 电子口岸生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 申报口岸 (C4, optional) */
  customsCode?: string;
  /** 申报单位代码,10位海关代码或者18位信用代码（兼容考虑，暂设为选填） (C1..18, optional) */
  agentCode?: string;
  /** 电商平台代码,10位海关代码或者18位信用代码(兼容考虑，暂设为选填) (C1..18, optional) */
  ebpCode?: string;
  /** 电商企业代码,10位海关代码或者18位信用代码(兼容考虑，暂设为选填) (C1..18, optional) */
  ebcCode?: string;
  /** 企业内部标识单证的编号 (C1..20) */
  copNo: string;
  /** 电子口岸标识单证的编号 (C18) */
  preNo: string;
  /** 申请撤销的原始清单编号 (C18, optional) */
  invtNo?: string;
  /** 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执 (C1..10) */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) (C17) */
  returnTime: string;
  /** 回执信息（如:退单原因） (C1..1000) */
  returnInfo: string;
}

/** `InvtRefundHead` — 退货申请单表头实体 */
export interface ImportInvtRefundHead {
  /** 企业系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 企业报送类型。1-新增 2-变更 3-删除。默认为1。 (C1) */
  appType: string;
  /** 企业报送时间。格式:YYYYMMDDhhmmss。mss (C14) */
  appTime: string;
  /** 业务状态:1-暂存,2-申报,默认为1。填写2时,Signature节点必须填写. (C1..3) */
  appStatus: string;
  /** 接受申报的海关关区代码，参照JGS/T 18《海关关区代码》。 (C4) */
  customsCode: string;
  /** 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 (C1..60) */
  orderNo: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 (C1..18) */
  ebpCode: string;
  /** 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。 (C1..100) */
  ebpName: string;
  /** 电商企业的海关注册登记编号。 (C1..18) */
  ebcCode: string;
  /** 电商企业的海关注册登记名称。 (C1..100) */
  ebcName: string;
  /** 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 (C1..60) */
  logisticsNo: string;
  /** 物流企业的海关注册登记编号。 (C1..18) */
  logisticsCode: string;
  /** 物流企业在海关注册登记的名称。 (C1..100) */
  logisticsName: string;
  /** 企业内部标识单证的编号。 (C..20, optional) */
  copNo?: string;
  /** 电子口岸标识单证的编号。 (C..18, optional) */
  preNo?: string;
  /** 申请退货的原始清单编号。 (C1..18) */
  invtNo: string;
  /** 订购人证件类型 (C1) */
  buyerIdType: string;
  /** 订购人证件号码 (C1..60) */
  buyerIdNumber: string;
  /** 订购人姓名 (C1..60) */
  buyerName: string;
  /** 订购人电话 (C1..30) */
  buyerTelephone: string;
  /** 申报单位的海关注册登记编号。 (C1..18) */
  agentCode: string;
  /** 申报单位在海关注册登记的名称。 (C1..100) */
  agentName: string;
  /** 退货原因 (C1..1000) */
  reason: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `InvtRefundList` — 退货申请单表体实体 */
export interface ImportInvtRefundList {
  /** 对应原清单表体序号（退货项序号） (N) */
  gnum: string;
  /** 按商品分类编码规则确定的进出口商品的商品编号，分为商品编号和附加编号，其中商品编号栏应填报《中华人民共和国进出口税则》8位税则号列，附加编号应填报商品编号，附加编号第9、10位。 (C10) */
  gcode: string;
  /** 商品名称应据实填报，与清单一致。 (C1..250) */
  gname: string;
  /** 申请退货的数量，小于等于原清单的成交计量单位的数量 (N19,5) */
  qty: string;
  /** 海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码 (C3) */
  unit: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `InvtRefundReturn` — 退货申请单回执实体 */
export interface InvtRefundReturn {
  /** 电子口岸生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 申报口岸 (C4, optional) */
  customsCode?: string;
  /** 申报单位代码,10位海关代码或者18位信用代码（兼容考虑，暂设为选填） (C1..18, optional) */
  agentCode?: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 (C1..18, optional) */
  ebpCode?: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 (C1..18, optional) */
  ebcCode?: string;
  /** 企业内部标识单证的编号 (C1..20) */
  copNo: string;
  /** 电子口岸标识单证的编号 (C18) */
  preNo: string;
  /** 申请退货的原始清单编号 (C18, optional) */
  invtNo?: string;
  /** 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执 (C1..10) */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) (C17) */
  returnTime: string;
  /** 备注（如不通过原因） (C1..1000) */
  returnInfo: string;
}

/** `DeliveryHead` — 入库明细单表头实体 */
export interface DeliveryHead {
  /** 企业系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 企业报送类型。1-新增 2-变更 3-删除。默认为1。 (C1) */
  appType: string;
  /** 企业报送时间。格式:YYYYMMDDhhmmss。mss (C14) */
  appTime: string;
  /** 业务状态:1-暂存,2-申报,默认为1。 (C1..3) */
  appStatus: string;
  /** 接受申报的海关关区代码，参照JGS/T 18《海关关区代码》。 (C4) */
  customsCode: string;
  /** 企业内部标识单证的编号 (C..20, optional) */
  copNo?: string;
  /** 电子口岸标识单证的编号 (C..18, optional) */
  preNo?: string;
  /** 海关接受申报生成的入库单编号 (C..18, optional) */
  rkdNo?: string;
  /** 监管场所经营人在海关注册登记的编号 (C1..18) */
  operatorCode: string;
  /** 监管场所经营人在海关注册登记的名称 (C1..100) */
  operatorName: string;
  /** I进口/E出口 (C1) */
  ieFlag: string;
  /** 填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 运输方式代码。直购进口指跨境段物流运输方式。 (C1) */
  trafMode: string;
  /** 货物进出境的运输工具的名称或运输工具编号。填报内容应与运输部门向海关申报的载货清单所列相应内容一致；同报关单填制规范。 (C1..100) */
  trafNo: string;
  /** 货物进出境的运输工具的航次编号。 (C1..32) */
  voyageNo: string;
  /** 货物提单或运单的海运提单、空运总单或汽车载货清单 (C1..37) */
  billNo: string;
  /** 物流企业的海关注册登记编号 (C1..18) */
  logisticsCode: string;
  /** 物流企业的海关注册登记名称 (C1..100) */
  logisticsName: string;
  /** 货物卸货的仓储存放位置 (C..100, optional) */
  unloadLocation?: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `DeliveryList` — 入库明细单表体实体 */
export interface DeliveryList {
  /** 从1开始的递增序号 (N) */
  gnum: string;
  /** 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 (C1..60) */
  logisticsNo: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `DeliveryReturn` — 入库明细单回执实体 */
export interface DeliveryReturn {
  /** 电子口岸生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 主管海关 (C4, optional) */
  customsCode?: string;
  /** 监管场所经营人代码 监管场所经营人作为第三方对入场所的大包开拆核实包裹（兼容考虑，暂设为选填） (C1..18, optional) */
  operatorCode?: string;
  /** 企业内部标识单证的编号 (C..20, optional) */
  copNo?: string;
  /** 电子口岸标识单证的编号 (C..18, optional) */
  preNo?: string;
  /** 海关审核生成的入库单编号 (C..18, optional) */
  rkdNo?: string;
  /** 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执 (C1..10) */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS) (C17) */
  returnTime: string;
  /** 备注（如不通过原因） (C1..1000) */
  returnInfo: string;
}

/** `BaseTransfer` — 基础报文传输实体（需要与实际客户端传输企业一致） */
export interface BaseTransfer {
  /** 报文传输的企业代码（需要与接入客户端的企业身份一致） (C1..18) */
  copCode: string;
  /** 报文传输的企业名称 (C..100) */
  copName: string;
  /** 默认为DXP；指中国电子口岸数据交换平台 (C3) */
  dxpMode: string;
  /** 向中国电子口岸数据中心申请数据交换平台的用户编号 (C..30) */
  dxpId: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `BaseSubscribe` — 基础回执订阅实体（用于第三方提供数据的订阅下发） */
export interface BaseSubscribe {
  /** 用户订阅单证业务状态的信息, ALL-订阅数据和回执, DATA-只订阅数据,RET- 只订阅回执 (C..100) */
  status: string;
  /** 默认为DXP；指中国电子口岸数据交换平台 (C3) */
  dxpMode: string;
  /** 向中国电子口岸数据中心申请数据交换平台的用户编号 (C..100) */
  dxpAddress: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

// ---------------------------------------------------------------------------
// Export (出口) records, export-business-202205.xsd
// ---------------------------------------------------------------------------

/** `OrderHead` — 订单表头 */
export interface ExportOrderHead {
  /** 系统唯一序号-企业系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 报送类型-企业报送类型。1-新增 2-变更 3-删除。 (C1) */
  appType: string;
  /** 报送时间-企业报送时间。格式:YYYYMMDDhhmmss。 (C14) */
  appTime: string;
  /** 报送状态-企业报送状态。1-暂存,2-申报。 (C1) */
  appStatus: string;
  /** 订单类型-电商平台的订单类型 I-进口商品订单；E-出口商品订单；B-B2B出口订单；W-外综服订单 (C1) */
  orderType: string;
  /** 订单编号-交易平台的订单编号，同一交易平台的订单编号应唯一 (C..60) */
  orderNo: string;
  /** 电商平台代码-电商平台的海关注册登记编号 (C..18) */
  ebpCode: string;
  /** 电商平台名称-电商平台的海关注册登记名称 (C..100) */
  ebpName: string;
  /** 电商企业代码-电商企业的海关注册登记编号(10位海关编码或18位统一社会信用代码) (C..18) */
  ebcCode: string;
  /** 电商企业名称-电商企业的海关注册登记名称，对应清单的收发货人 (C..100) */
  ebcName: string;
  /** 商品金额-商品实际成交价FOB(不含运杂费)，含非现金抵扣金额 (N19,5) */
  goodsValue: string;
  /** 运杂费-运杂费，无则填写"0"。 (N19,5) */
  freight: string;
  /** 币制-海关标准的参数代码 《JGS-20 海关业务代码集》- 货币代码 (C3) */
  currency: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `OrderList` — 订单商品表体 */
export interface ExportOrderList {
  /** 序号-从1开始的递增序号（与清单的商品项关联对应） (N5) */
  gnum: string;
  /** 企业商品货号-企业自定义的商品货号 (C..30) */
  itemNo: string;
  /** 企业商品名称-同一类商品的中文名称。任何一种具体商品可以并只能归入表中的一个条目 (C..250) */
  itemName: string;
  /** 企业商品描述-电商平台上架的商品描述宣传信息 (C..1000, optional) */
  itemDescribe?: string;
  /** 条形码-商品条形码一般由前缀部分、制造厂商代码、商品代码和校验码组成。 (C..50, optional) */
  barCode?: string;
  /** 计量单位-海关标准的参数代码 海关标准的参数代码 《JGS-20 海关业务代码集》，计量单位代码 (C3) */
  unit: string;
  /** 币制-海关标准的参数代码 海关标准的参数代码 《JGS-20 海关业务代码集》- 货币代码 (C3) */
  currency: string;
  /** 数量 (N19,5) */
  qty: string;
  /** 单价 (N19,5) */
  price: string;
  /** 总价 (N19,5) */
  totalPrice: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `OrderReturn` — 订单回执实体 */
export interface ExportOrderReturn {
  /** 系统唯一序号-电子口岸系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 电商平台海关注册登记编号或统一社会信用代码。境内企业需据实填写海关注册登记编号或统一社会信用代码，境外平台企业如无法提供电商平台代码可填“无”。 (C..18) */
  ebpCode: string;
  /** 电商企业代码-电商企业的海关注册登记编号。 (C..18) */
  ebcCode: string;
  /** 电商平台订单编号/海外仓订仓单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 (C..60) */
  orderNo: string;
  /** 回执状态-操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执 (C1..10) */
  returnStatus: string;
  /** 回执时间-操作时间(格式：yyyyMMddHHmmssfff) (C17) */
  returnTime: string;
  /** 回执信息（如:退单原因） (C..1000) */
  returnInfo: string;
}

/** `Receipts` — 收款单数据实体 */
export interface Receipts {
  /** 系统唯一序号-企业系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 报送类型-企业报送类型。1-新增 2-变更 3-删除。 (C1) */
  appType: string;
  /** 报送时间-企业报送时间。格式:YYYYMMDDhhmmss。 (C14) */
  appTime: string;
  /** 报送状态-企业报送状态。1-暂存,2-申报。 (C1) */
  appStatus: string;
  /** 电商平台代码-电商企业的海关注册登记编号或统一社会信用代码,，对应清单的收发货人。 (C..18) */
  ebpCode: string;
  /** 电商平台名称-电商企业的海关注册登记编号或统一社会信用代码,，对应清单的收发货人。 (C..100) */
  ebpName: string;
  /** 电商企业代码-电商企业的海关注册登记编号(10位海关编码或18位统一社会信用代码) (C..18) */
  ebcCode: string;
  /** 电商企业名称-电商企业的海关注册登记名称，对应清单的收发货人 (C..100) */
  ebcName: string;
  /** 订单编号-电商平台的交易订单编号 (C..60) */
  orderNo: string;
  /** 支付企业代码-支付企业的海关编码,国内企业必填。 (C..18, optional) */
  payCode?: string;
  /** 支付企业名称-支付企业名称,非线上支付填"现金支付" (C..100) */
  payName: string;
  /** 支付交易编号 (C..60, optional) */
  payNo?: string;
  /** 收款金额-支付企业的订单交易金额 (N19,5) */
  charge: string;
  /** 币制-海关标准的参数代码 (C3) */
  currency: string;
  /** 到账时间 格式:YYYYMMDDhhmmss (C14) */
  accountingDate: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `ReceiptsReturn` — 收款单回执实体 */
export interface ReceiptsReturn {
  /** 系统唯一序号-电子口岸系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 电商企业代码-电商企业的10位海关代码或者18位信用代码 (C..18) */
  ebcCode: string;
  /** 电商平台订单编号/海外仓订仓单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 (C..60) */
  orderNo: string;
  /** 支付交易编号-支付交易编号 (C..60, optional) */
  payNo?: string;
  /** 回执状态-操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执 (C1..10) */
  returnStatus: string;
  /** 回执时间-操作时间(格式:yyyyMMddHHmmssfff) (C17) */
  returnTime: string;
  /** 回执信息（如:退单原因） (C..1000) */
  returnInfo: string;
}

/** `Logistics` — 物流运单数据实体 */
export interface Logistics {
  /** 系统唯一序号-企业系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 报送类型-企业报送类型。1-新增 2-变更 3-删除。 (C1) */
  appType: string;
  /** 报送时间-企业报送时间。格式:YYYYMMDDhhmmss。 (C14) */
  appTime: string;
  /** 报送状态-企业报送状态。1-暂存,2-申报。 (C1) */
  appStatus: string;
  /** 物流企业代码-物流企业的10位海关代码或者18位统一社会信用代码 (C..18) */
  logisticsCode: string;
  /** 物流企业名称-物流企业的海关登记名称 (C..100) */
  logisticsName: string;
  /** 物流运单编号-物流企业的运单包裹面单号（提运单号+运单编号形成唯一编号） (C..32) */
  logisticsNo: string;
  /** 运费-货物运输费用 (N19,5) */
  freight: string;
  /** 保价费-货物保险费用 (N19,5) */
  insuredFee: string;
  /** 币制-海关标准的参数代码 《JGS-20 海关业务代码集》- 货币代码 (C3) */
  currency: string;
  /** 毛重-单位为千克 (N19,5) */
  grossWeight: string;
  /** 件数-单个运单下包裹数 (N9) */
  packNo: string;
  /** 主要货物信息-物流企业可验视的商品信息 (C..200) */
  goodsInfo: string;
  /** 收发货人代码-电商企业的10位海关代码或者18位信用代码 (C..18, optional) */
  ebcCode?: string;
  /** 收发货人名称-电商企业的海关备案名称（电子口岸校验名称） (C..100, optional) */
  ebcName?: string;
  /** 收发货人电话 (C..50, optional) */
  ebcTelephone?: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `LogisticsReturn` — 物流运单回执实体 */
export interface ExportLogisticsReturn {
  /** 系统唯一序号-电子口岸生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 物流企业代码-物流企业的海关注册登记编号。 (C..18) */
  logisticsCode: string;
  /** 物流运单编号-物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 (C..32) */
  logisticsNo: string;
  /** 回执状态-操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执 (C1..10) */
  returnStatus: string;
  /** 回执时间-操作时间(格式:yyyyMMddHHmmssfff) (C17) */
  returnTime: string;
  /** 回执信息（如:退单原因） (C..1000) */
  returnInfo: string;
}

/** `ArrivalHead` — 物流运抵单表头 */
export interface ArrivalHead {
  /** 系统唯一序号-企业系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 报送类型-企业报送类型。1-新增 2-变更 3-删除。 (C1) */
  appType: string;
  /** 报送时间-企业报送时间。格式:YYYYMMDDhhmmss。 (C14) */
  appTime: string;
  /** 报送状态-企业报送状态。1-暂存,2-申报。 (C1) */
  appStatus: string;
  /** 申报地海关代码-办理通关手续的4位海关编号 (C4) */
  customsCode: string;
  /** 企业内部标识单证的编号 (C..30) */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 (C18, optional) */
  preNo?: string;
  /** 监管场所经营人代码-监管场所经营人在海关注册登记的编号。邮路运输用邮政物流企业 (C..18) */
  operatorCode: string;
  /** 监管场所经营人名称-监管场所经营人在海关注册登记的名称。邮路运输用邮政物流企业 (C..100) */
  operatorName: string;
  /** 监管场所代码-同一申报地海关下有多个跨境电子商务的监管场所,需要填写区分 (C..10, optional) */
  loctNo?: string;
  /** 进出口标记-I进口/E出口 (C1) */
  ieFlag: string;
  /** 运输方式-填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 运输方式代码。直购进口指跨境段物流运输方式。 (C1) */
  trafMode: string;
  /** 提运单号-货物提单或运单的海运提单、空运总单或汽车载货清单。邮路运输方可为空。 (C..37, optional) */
  billNo?: string;
  /** 境内运输工具编号-运往海关监管场所的运输工具编号，例如车牌号 (C..100) */
  domesticTrafNo: string;
  /** 物流企业代码-物流企业的海关注册登记编号 (C..18) */
  logisticsCode: string;
  /** 物流企业名称-物流企业的海关注册登记名称 (C..100) */
  logisticsName: string;
  /** 报文总数-拆分后的报文总数。未拆分的不填，拆分的填实际数量。 (N9) */
  msgCount: string;
  /** 报文序号-当前报文序号，以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。 (N9) */
  msgSeqNo: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `ArrivalList` — 物流运抵单表体（允许为空） */
export interface ArrivalList {
  /** 序号-从1开始的递增序号 (N5) */
  gnum: string;
  /** 物流运单编号-物流企业的运单包裹面单号 (C..32) */
  logisticsNo: string;
  /** 总包号-物流企业对于一个提运单下含有多个大包的托盘编号（邮件为邮袋号） (C..37, optional) */
  totalPackageNo?: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `ArrivalReturn` — 物流运抵单回执实体 */
export interface ArrivalReturn {
  /** 系统唯一序号-电子口岸生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 监管场所经营人代码-监管场所经营人在海关注册登记的编号 (C..18) */
  operatorCode: string;
  /** 物流企业代码-物流企业的海关注册登记编号 (C..18) */
  logisticsCode: string;
  /** 预录入编号-电子口岸标识单证的编号 (C18) */
  preNo: string;
  /** 企业唯一编号-企业唯一标识单证的编号 (C..30) */
  copNo: string;
  /** 提运单号-提单或总运单的编号 (C..37) */
  billNo: string;
  /** 报文序号-当前报文序号，以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。 (N9) */
  msgSeqNo: string;
  /** 回执状态-操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执 (C1..10) */
  returnStatus: string;
  /** 回执时间-操作时间(格式:yyyyMMddHHmmssfff) (C17) */
  returnTime: string;
  /** 回执信息（如:退单原因） (C..1000) */
  returnInfo: string;
}

/** `DepartureHead` — 物流离境单表头数据 */
export interface DepartureHead {
  /** 36位系统唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 申报类型:1-新增;2-变更;3-删除，默认为1 (C1) */
  appType: string;
  /** 业务时间,格式:YYYYMMDDhhmmss (C14) */
  appTime: string;
  /** 企业报送状态-企业报送状态。1-暂存,2-申报。 (C1) */
  appStatus: string;
  /** 办理通关手续的4位海关编号 (C4) */
  customsCode: string;
  /** 企业唯一编号 (C..30) */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 (C18, optional) */
  preNo?: string;
  /** 物流企业代码,10位海关代码或者18位信用代码 (C..18) */
  logisticsCode: string;
  /** 物流企业名称 (C..100) */
  logisticsName: string;
  /** 运输方式 (C1) */
  trafMode: string;
  /** 运输工具名称 (C..100, optional) */
  trafName?: string;
  /** 航班航次号 (C..32, optional) */
  voyageNo?: string;
  /** 提运单号,物流企业提供 (C..37, optional) */
  billNo?: string;
  /** 离境时间 (C14) */
  leaveTime: string;
  /** 报文总数-拆分后的报文总数。未拆分的不填，拆分的填实际数量。 (N9) */
  msgCount: string;
  /** 报文序号-当前报文序号，以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。 (N9) */
  msgSeqNo: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `DepartureList` — 物流离境单表体类 */
export interface DepartureList {
  /** 序号 (N5) */
  gnum: string;
  /** 总包号 (C..37, optional) */
  totalPackageNo?: string;
  /** 物流运单号 (C..32) */
  logisticsNo: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `DepartureReturn` — 物流离境回执类 */
export interface DepartureReturn {
  /** 36位系统唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 物流企业代码,10位海关代码或者18位信用代码 (C..18) */
  logisticsCode: string;
  /** 企业唯一编号 (C..30) */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 (C18) */
  preNo: string;
  /** 报文序号-当前报文序号，以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。 (N9) */
  msgSeqNo: string;
  /** 回执状态 (C1..10) */
  returnStatus: string;
  /** 回执时间,格式YYYYMMDDhhmmssfff (C17) */
  returnTime: string;
  /** 回执信息（如:退单原因） (C..1000) */
  returnInfo: string;
}

/** `InventoryHead` — 出口清单表头类 */
export interface ExportInventoryHead {
  /** 36位系统唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 申报类型:1-新增;2-变更;3-删除，默认为1 (C1) */
  appType: string;
  /** 业务时间,格式:YYYYMMDDhhmmss (C14) */
  appTime: string;
  /** 企业报送状态。1-暂存,2-申报。 (C1) */
  appStatus: string;
  /** 申报海关代码,办理通关手续的4位海关编号 (C4) */
  customsCode: string;
  /** 电商平台的海关登记编号 (C..18) */
  ebpCode: string;
  /** 电商平台名称 (C0..100) */
  ebpName: string;
  /** 订单编号,电商平台原始订单编号 (C..60) */
  orderNo: string;
  /** 物流企业代码,10位海关代码或者18位信用代码 (C..18) */
  logisticsCode: string;
  /** 物流企业名称 (C0..100) */
  logisticsName: string;
  /** 物流运单编号 (C..32) */
  logisticsNo: string;
  /** 企业唯一编号 (C..30) */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 (C18, optional) */
  preNo?: string;
  /** 清单编号 (C..20, optional) */
  invtNo?: string;
  /** 进出口标志,I/E标志 (C1) */
  ieFlag: string;
  /** 出口口岸海关代码,海关参数代码 (C4) */
  portCode: string;
  /** 出口日期 YYYYMMDD (C8) */
  ieDate: string;
  /** 申报业务类型：A-简化申报;B-汇总申报；若采用A简化申报，则要求商品不涉许可证、不涉出口关税、不涉及出口退税。同时商品编码按税则表前4位填写 (C1) */
  statisticsFlag: string;
  /** 报关企业代码 10位海关代码或者18位信用代码 (C..18) */
  agentCode: string;
  /** 报关企业名称 (C0..100) */
  agentName: string;
  /** 收发货人代码。 10位海关代码或者18位信用代码 (C0..18) */
  ebcCode: string;
  /** 收发货人名称。 电商企业的海关注册登记名称。 (C0..100) */
  ebcName: string;
  /** 生产销售单位代码。 实际发货人的企业的10位海关代码或者18位信用代码 (C..18) */
  ownerCode: string;
  /** 生产销售单位名称。 实际发货人的企业名称。 (C..100) */
  ownerName: string;
  /** 区内企业代码 特殊区域模式必填 (C..18, optional) */
  iacCode?: string;
  /** 特殊区域内仓储企业代码，特殊区域出口模式必填 (C..100, optional) */
  iacName?: string;
  /** 账册编号 (C..30, optional) */
  emsNo?: string;
  /** 贸易方式 一般出口为9610,特殊区域出口为1210/1239 (C4) */
  tradeMode: string;
  /** 运输方式代码 海关参数代码 (C1) */
  trafMode: string;
  /** 运输工具名称。 (C..100, optional) */
  trafName?: string;
  /** 航班航次号,物流企业提供 (C..32, optional) */
  voyageNo?: string;
  /** 提运单号,物流企业提供 (C..37, optional) */
  billNo?: string;
  /** 总包号。 物流企业对于一个提运单下含有多个大包的托盘编号（邮件为邮袋号）。 (C..37, optional) */
  totalPackageNo?: string;
  /** 监管场所代码 (C..10, optional) */
  loctNo?: string;
  /** 许可证号 (C..19, optional) */
  licenseNo?: string;
  /** 运抵国（地区）,海关参数代码 (C3) */
  country: string;
  /** 指运港代码 海关参数代码 (C3..4) */
  POD: string;
  /** 运费 (N19,5) */
  freight: string;
  /** 运费币制 海关参数代码 (C3) */
  fCurrency: string;
  /** 运费标志 海关参数代码 3-总价 (C1) */
  fFlag: string;
  /** 保费 (N19,5) */
  insuredFee: string;
  /** 保费币制 海关参数代码 (C3) */
  iCurrency: string;
  /** 保费标志 海关参数代码 3-总价 (C1) */
  iFlag: string;
  /** 包装种类代码 (C1) */
  wrapType: string;
  /** 件数(包裹数) (N9) */
  packNo: string;
  /** 毛重（千克） (N19,5) */
  grossWeight: string;
  /** 净重（千克） (N19,5) */
  netWeight: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `InventoryList` — 出口清单表体项类 */
export interface ExportInventoryList {
  /** 商品项号,从1开始连续序号 (N5) */
  gnum: string;
  /** 企业商品编号 (C..20) */
  itemNo: string;
  /** 保税出口模式必填 (C..30, optional) */
  itemRecordNo?: string;
  /** 企业自定义的商品名称，汇总后用于退税品名 (C..250, optional) */
  itemName?: string;
  /** 海关商品编码（10位） (C10) */
  gcode: string;
  /** 商品名称 (C..250) */
  gname: string;
  /** 规格型号 (C..250) */
  gmodel: string;
  /** 条形码 (C..50) */
  barCode: string;
  /** 最终目的国（地区）代码 (C3) */
  country: string;
  /** 币制代码 (C3) */
  currency: string;
  /** 申报数量 (N19,5) */
  qty: string;
  /** 法定数量 (N19,5) */
  qty1: string;
  /** 第二数量 (N19,5, optional) */
  qty2?: string;
  /** 申报计量单位,海关参数代码 (C3) */
  unit: string;
  /** 法定计量单位,海关参数代码 (C3) */
  unit1: string;
  /** 第二计量单位,海关参数代码 (C..3, optional) */
  unit2?: string;
  /** 单价 (N19,5) */
  price: string;
  /** 总价 (N19,5) */
  totalPrice: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `InventoryReturn` — 出口清单回执类 */
export interface ExportInventoryReturn {
  /** 36位系统唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 申报企业代码 (C..18) */
  agentCode: string;
  /** 企业内部生成标识清单的编号 (C..30) */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 (C18) */
  preNo: string;
  /** 出境清单编号,海关审结生成标识清单的编号（4位关区+4位年+1位进出口标记+9位流水号） (C..20) */
  invtNo: string;
  /** 收发货人代码-电商（发货）企业的海关注册登记编号(10位海关编码或18位统一社会信用代码) (C..18) */
  ebcCode: string;
  /** 电商平台代码-电商平台的海关登记编号 (C..18) */
  ebpCode: string;
  /** 订单编号-交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 (C..60) */
  orderNo: string;
  /** 申报业务类型-A-简化申报;B-汇总申报；若采用A简化申报，则要求商品不涉许可证、不涉出口关税、不涉及出口退税。同时商品编码前4位为税则表填写 (C1) */
  statisticsFlag: string;
  /** 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/300人工审核/399海关审结/800放行/899结关等,若小于0数字… (C1..10) */
  returnStatus: string;
  /** 回执时间,格式YYYYMMDDhhmmssfff (C17) */
  returnTime: string;
  /** 回执信息（如:退单原因） (C..1000) */
  returnInfo: string;
}

/** `InvtCancel` — 撤销申请单类 */
export interface ExportInvtCancel {
  /** 36位系统唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 申报类型:1-新增;2-变更;3-删除，默认为1 (C1) */
  appType: string;
  /** 业务时间,格式:YYYYMMDDhhmmss (C14) */
  appTime: string;
  /** 企业报送状态。1-暂存,2-申报。 (C1) */
  appStatus: string;
  /** 申报海关代码 (C4) */
  customsCode: string;
  /** 企业内部生成标识清单的编号 (C..30) */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 (C18, optional) */
  preNo?: string;
  /** 出境清单编号，海关审结生成标识清单的编号（4位关区+4位年+1位进出口标记+9位流水号） (C..20) */
  invtNo: string;
  /** 原因 (C..1000) */
  reason: string;
  /** 申报单位代码,10位海关代码或者18位信用代码 (C..18) */
  agentCode: string;
  /** 申报单位名称 (C..100) */
  agentName: string;
  /** 收发货人代码。 电商企业的10位海关代码或者18位信用代码。 (C..18) */
  ebcCode: string;
  /** 收发货人名称。 电商企业的海关注册登记名称。 (C..100) */
  ebcName: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `InvtCancelReturn` — 撤销申请单回执类 */
export interface ExportInvtCancelReturn {
  /** 36位系统唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 申报企业代码 (C..18) */
  agentCode: string;
  /** 企业内部生成标识清单的编号 (C..30) */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 (C18) */
  preNo: string;
  /** 出境清单编号,海关审结生成标识清单的编号（4位关区+4位年+1位进出口标记+9位流水号） (C..20) */
  invtNo: string;
  /** 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执 (C1..10) */
  returnStatus: string;
  /** 回执时间,格式YYYYMMDDhhmmssfff (C17) */
  returnTime: string;
  /** 回执信息（如:退单原因） (C..1000) */
  returnInfo: string;
}

/** `WayBillHead` — 清单总分单数据 */
export interface WayBillHead {
  /** 36位系统唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 申报类型:1-新增;2-变更;3-删除，默认为1 (C1) */
  appType: string;
  /** 业务时间,格式:YYYYMMDDhhmmss (C14) */
  appTime: string;
  /** 企业报送状态。1-暂存,2-申报,默认为1。填写2时需要业务加签申报即Signature节点必须填写. (C1) */
  appStatus: string;
  /** 申报海关代码,办理通关手续的4位海关编号 (C4) */
  customsCode: string;
  /** 企业唯一编号-企业生成标识唯一编号 (C..30) */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 (C18, optional) */
  preNo?: string;
  /** 申报企业代码-申报单位的海关注册登记编号或统一社会信用代码 (C..18) */
  agentCode: string;
  /** 申报企业名称 (C..100) */
  agentName: string;
  /** 监管场所代码 (C..10, optional) */
  loctNo?: string;
  /** 运输方式代码,海关参数代码 (C1) */
  trafMode: string;
  /** 运输工具名称 (C..100) */
  trafName: string;
  /** 航班航次号,物流企业提供 (C..32) */
  voyageNo: string;
  /** 提运单号,物流企业提供 (C..37) */
  billNo: string;
  /** 境内运输工具编号 运往海关监管场所的运输工具编号，例如车牌号 (C..100, optional) */
  domesticTrafNo?: string;
  /** 毛重（千克） (N19,5) */
  grossWeight: string;
  /** 物流企业代码,10位海关代码或者18位信用代码 (C..18) */
  logisticsCode: string;
  /** 物流企业名称 (C..100) */
  logisticsName: string;
  /** 拆分后的报文数 未拆分的不填，拆分的填实际数量。 (N9) */
  msgCount: string;
  /** 报文序号 以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。 (N9) */
  msgSeqNo: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `WayBillList` — 提运单表体项类 */
export interface WayBillList {
  /** 项号,从1开始连续序号 (N5) */
  gnum: string;
  /** 总包号。 物流企业对于一个提运单下含有多个大包的托盘编号（邮件为邮袋号）。 (C..60, optional) */
  totalPackageNo?: string;
  /** 物流运单编号 (C..32) */
  logisticsNo: string;
  /** 原出口清单编号 (C..20, optional) */
  invtNo?: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `WayBillReturn` — 清单总分单回执 */
export interface WayBillReturn {
  /** 36位系统唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 申报企业代码-10位海关代码或者18位信用代码 (C..18) */
  agentCode: string;
  /** 物流企业代码,10位海关代码或者18位信用代码 (C..18) */
  logisticsCode: string;
  /** 企业生成标识唯一编号 (C..30) */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 (C18) */
  preNo: string;
  /** 提运单号,提单或总运单的编号 (C..37) */
  billNo: string;
  /** 报文序号-当前报文序号。以1开始的报文顺序号，未拆分的不填，拆分的报文需要连续编号，不得跳号。 (N9) */
  msgSeqNo: string;
  /** 操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执 (C1..10) */
  returnStatus: string;
  /** 回执时间,格式YYYYMMDDhhmmssfff (C17) */
  returnTime: string;
  /** 回执信息（如:退单原因） (C..1000) */
  returnInfo: string;
}

/** `SummaryApplyHead` — 汇总申请单表头 */
export interface SummaryApplyHead {
  /** 系统唯一序号-企业系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 报送类型-企业报送类型。1-新增 2-变更 3-删除。 (C1) */
  appType: string;
  /** 报送时间-企业报送时间。格式:YYYYMMDDhhmmss。 (C14) */
  appTime: string;
  /** 报送状态-企业报送状态。1-暂存,2-申报。 (C1) */
  appStatus: string;
  /** 申报地海关代码-4位海关编号。《海关关区代码》 (C4) */
  customsCode: string;
  /** 企业生成标识唯一编号 (C..30) */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 (C..18, optional) */
  preNo?: string;
  /** 汇总申请编号-海关反馈生成的汇总申请编号 (C..18, optional) */
  sumNo?: string;
  /** 申报单位代码-申报单位的10位海关代码或者18位信用代码 (C..18) */
  agentCode: string;
  /** 申报单位名称-申报单位的海关备案名称 (C..100) */
  agentName: string;
  /** 收发货人代码-电商企业的10位海关代码或者18位信用代码 (C..18) */
  ebcCode: string;
  /** 收发货人名称-电商企业的海关备案名称 (C..100) */
  ebcName: string;
  /** 报关单位代码-报关单申报单位的10位海关代码或者18位信用代码 (C..18) */
  declAgentCode: string;
  /** 报关单位名称-报关单申报单位的海关备案名称 (C..100) */
  declAgentName: string;
  /** 汇总开始时间-汇总指定时间范围的清单，格式:YYYYMMDDhhmmss。填写须成对，结束时间须大于等于开始时间。如指定时间范围将忽略表体数据。 (C14, optional) */
  startTime?: string;
  /** 汇总开始时间-汇总指定时间范围的清单，格式:YYYYMMDDhhmmss。填写须成对，结束时间须大于等于开始时间。如指定时间范围将忽略表体数据。 (C14, optional) */
  endTime?: string;
  /** 监管场所代码-针对同一申报地海关下有多个跨境电子商务的监管场所,需要填写区分 (C..10, optional) */
  loctNo?: string;
  /** 收发货人汇总标志-汇总标志 1:按收发货人单一汇总，2:按收发货人和生产销售单位汇总 (C1) */
  summaryFlag: string;
  /** 按商品名汇总标志-按企业商品名汇总标志,填1,按清单原始商品名相同汇总，不填则按商品综合分类名汇总 (C1) */
  itemNameFlag: string;
  /** 报文总数-拆分后的报文总数。未拆分的不填，拆分的填实际数量。 (N9) */
  msgCount: string;
  /** 报文序号-当前报文序号。以1开始的报文顺序号，未拆分的不填，拆分的报文需要连续编号，不得跳号。 (N9) */
  msgSeqNo: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `InvtRefundList` — 退货申请单商品表体 */
export interface ExportInvtRefundList {
  /** 对应原申报清单表体项号（退货项序号） (N4) */
  gnum: string;
  /** 与原申报清单一致 (C..10) */
  gcode: string;
  /** 与原申报清单一致 (C..250) */
  gname: string;
  /** 与原申报清单一致。 (C..250) */
  gmodel: string;
  /** 不大于原申报清单申报数量， (N19,5) */
  qty: string;
  /** 不大于原清单法定第一数量 (N19,5) */
  qty1: string;
  /** 与原申报清单保持一致。 (C3) */
  unit: string;
  /** 海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码，与原申报清单保持一致。 (C3) */
  unit1: string;
  /** 不大于原申报清单法定第二数量 (N19,5, optional) */
  qty2?: string;
  /** 海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码，与原申报清单保持一致。 (C3, optional) */
  unit2?: string;
  /** 备注 (C..500, optional) */
  note?: string;
}

/** `InvtRefundHead` — 退货申请单表头 */
export interface ExportInvtRefundHead {
  /** 系统唯一序号-企业系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 报送类型-企业报送类型。1-新增 2-变更 3-删除。 (C1) */
  appType: string;
  /** 报送时间-企业报送时间。格式:YYYYMMDDhhmmss。 (C14) */
  appTime: string;
  /** 报送状态-企业报送状态。1-暂存,2-申报。 (C1) */
  appStatus: string;
  /** 4位海关编号。《海关关区代码》 (C4) */
  customsCode: string;
  /** 同一申报地海关下有多个跨境电子商务的监管场所,需要填写区分。 (C..10, optional) */
  loctNo?: string;
  /** 电商平台代码-电商平台的海关注册登记编号 (C..18) */
  ebpCode: string;
  /** 电商平台名称-电商平台的海关注册登记名称 (C..100) */
  ebpName: string;
  /** 电商企业代码-电商企业的海关注册登记编号(10位海关编码或18位统一社会信用代码) (C..18) */
  ebcCode: string;
  /** 电商企业名称-电商企业的海关注册登记名称，对应清单的收发货人 (C..100) */
  ebcName: string;
  /** 物流企业运单的包裹面单号，同一物流企业的运单编号在6个月内不重复，可以与原出口运单号一致，也可以是进境运单号 (C..80) */
  logisticsNo: string;
  /** 物流企业的海关注册登记编号或统一社会信用代码，可以与原物流企业一致，也可以是进境物流企业。 (C..18) */
  logisticsCode: string;
  /** 物流企业的登记名称 (C..100) */
  logisticsName: string;
  /** 企业生成标识唯一编号 (C..30) */
  coElNo: string;
  /** 电子口岸标识唯一编号（B+8位年月日+9位流水号） (C..18, optional) */
  preNo?: string;
  /** 原出口清单号 (C..20) */
  invtNo: string;
  /** 贸易方式 一般出口为9610,特殊区域出口为1210/1239 (C4, optional) */
  tradeMode?: string;
  /** 申报单位的海关登记编号，可以与原申报企业一致，也可以是进境申报企业。 (C..18) */
  agentCode: string;
  /** 申报单位的海关登记名称 (C..100) */
  agentName: string;
  /** 提单或总运单的编号，如无则填写物流运单号 (C..37) */
  billNo: string;
  /** I-进口,E-出口,出口退货填写I。 (C..1) */
  ieFlag: string;
  /** 海关标准的参数代码 《JGS-20 海关业务代码集》- 运输方式代码 (C..1) */
  trafMode: string;
  /** 货物进出境的运输工具的名称或运输工具编号。填报内容应与运输部门向海关申报的载货清单所列相应内容一致。 (C..100) */
  trafName: string;
  /** 商品实际出我国关境口岸海关的关区代码 JGS/T 18《海关关区代码》 (C..4) */
  portCode: string;
  /** 退货原因 (C..500) */
  reason: string;
  /** 参照《JGS-20 海关业务代码集》的国家（地区）代码表，不能为中国 (C..3) */
  country: string;
  /** 货物进出境的运输工具的航次编号。 (C..32) */
  voyageNo: string;
  /** 备注 (C..500, optional) */
  note?: string;
}

/** `InvtRefundDetail` — 理货明细单实体 */
export interface InvtRefundDetail {
  /** 系统唯一序号-企业系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 报送类型-企业报送类型。1-新增 2-变更 3-删除。 (C1) */
  appType: string;
  /** 报送时间-企业报送时间。格式:YYYYMMDDhhmmss。 (C14) */
  appTime: string;
  /** 报送状态-企业报送状态。1-暂存,2-申报。 (C1) */
  appStatus: string;
  /** 申报地海关代码-4位海关编号。《海关关区代码》 (C4) */
  customsCode: string;
  /** 监管场所经营人在海关注册登记的编号，邮政运输用邮政物流企业 (C..18) */
  operatorCode: string;
  /** 物流企业的海关注册登记编号或统一社会信用代码，可以与原物流企业一致，也可以是进境物流企业。 (C..100) */
  operatorName: string;
  /** 监管场所经营人在海关注册登记的名称，邮政运输用邮政物流企业 (C..18) */
  logisticsCode: string;
  /** 物流企业的登记名称 (C..100) */
  logisticsName: string;
  /** 物流企业运单的包裹面单号，可以与原出口原单号一致，也可以是进境运单号。 (C..80) */
  logisticsNo: string;
  /** 原出口清单号 (C..20, optional) */
  invtNo?: string;
  /** 企业内部标识单证的编号 (C..20) */
  coElNo: string;
  /** 电子口岸标识单证的编号 (C..18, optional) */
  preNo?: string;
  /** 提单或总运单的编号，如无则填物流运单号。 (C..37) */
  billNo: string;
  /** I-进口,E-出口，出口退货填I (C1) */
  ieFlag: string;
  /** 海关标准的参数代码 《JGS-20 海关业务代码集》- 运输方式代码 (C1) */
  trafMode: string;
  /** 货物进出境的运输工具的名称或运输工具编号。填报内容应与运输部门向海关申报的载货清单所列相应内容一致。 (C..100) */
  trafName: string;
  /** 货物进出境的运输工具的航次编号。 (C..32) */
  voyageNo: string;
  /** 卸货堆货的仓储位置 (C..250, optional) */
  location?: string;
  /** 备注 (C..250, optional) */
  note?: string;
}

/** `InvtRefundDetailReturn` — 理货明细单回执实体 */
export interface InvtRefundDetailReturn {
  /** 系统唯一序号-企业系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 监管场所经营人在海关注册登记的编号，邮政运输用邮政物流企业 (C..18) */
  operatorCode: string;
  /** 监管场所经营人在海关注册登记的名称，邮政运输用邮政物流企业 (C..18) */
  logisticsCode: string;
  /** 物流企业运单的包裹面单号，可以与原出口原单号一致，也可以是进境运单号。 (C..80) */
  logisticsNo: string;
  /** 企业内部标识单证的编号 (C..30) */
  coElNo: string;
  /** 电子口岸标识单证的编号 (C..18, optional) */
  preNo?: string;
  /** 操作结果（1暂存/2申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结）,若小于0数字表示处理异常回执 (C..10) */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS)。 (C17) */
  returnTime: string;
  /** 回执信息 (C..1000) */
  returnInfo: string;
}

/** `RefundReturn` — 退货申请单回执实体 */
export interface RefundReturn {
  /** 系统唯一序号-企业系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准 (C..18, optional) */
  ebpCode?: string;
  /** 电商企业的海关注册登记编号 (C..18, optional) */
  ebcCode?: string;
  /** 申报单位的海关注册登记编号 (C..18) */
  agentCode: string;
  /** 企业内部标识单证的编号 (C..30) */
  coElNo: string;
  /** 电子口岸标识单证的编号 (C..18, optional) */
  preNo?: string;
  /** 申请退货的原始清单编号 (C..20) */
  invtNo: string;
  /** 操作结果（1暂存/2申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/300待人工审核/500查验/505移交/600挂起/800放行）,若小于0数字表示处理… (C..10) */
  returnStatus: string;
  /** 操作时间(格式:YYYYMMDDhhmmssSSS)。 (C17) */
  returnTime: string;
  /** 回执信息 (C..1000) */
  returnInfo: string;
}

/** `SummaryApplyList` — 汇总申请单数据表体 */
export interface SummaryApplyList {
  /** 清单编号 (C..20) */
  invtNo: string;
}

/** `SummaryReturn` — 汇总申请单回执实体 */
export interface SummaryReturn {
  /** 系统唯一序号-电子口岸生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 申报企业代码-申报单位的10位海关代码或者18位信用代码 (C..18) */
  agentCode: string;
  /** 收发货人代码-电商企业的10位海关代码或者18位信用代码 (C..18) */
  ebcCode: string;
  /** 企业唯一编号-企业生成标识唯一编号 (C..30) */
  copNo: string;
  /** 预录入编号-电子口岸标识单证的编号 (C18) */
  preNo: string;
  /** 汇总申请编号-海关反馈生成的汇总申请编号 (C18, optional) */
  sumNo?: string;
  /** 报文序号-当前报文序号。以1开始的报文顺序号，未拆分的不填，拆分的报文需要连续编号，不得跳号。 (N9) */
  msgSeqNo: string;
  /** 回执状态-操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执 (C1..10) */
  returnStatus: string;
  /** 回执时间-操作时间(格式:yyyyMMddHHmmssfff) (C17) */
  returnTime: string;
  /** 回执信息-备注（如不通过原因） (C..1000) */
  returnInfo: string;
}

/** `SummaryResultHead` — 汇总结果单表头 */
export interface SummaryResultHead {
  /** 系统唯一序号-企业系统生成36位唯一序号（英文字母大写） (C36) */
  guid: string;
  /** 申报地海关代码-4位海关编号。《海关关区代码》 (C4) */
  customsCode: string;
  /** 汇总申请编号-海关生成的汇总申请编号 (C18) */
  sumNo: string;
  /** 汇总处理时间-汇总处理时间，格式:YYYYMMDDhhmmssfff。 (C17) */
  opDate: string;
  /** 汇总统一编号-海关生成唯一对应报关单 (C18) */
  declSeqNo: string;
  /** 报关单暂存编号-电子口岸报关单暂存编号 (C18, optional) */
  decTmpNo?: string;
  /** 报关单预录入编号-电子口岸报关单预录入编号 (C18, optional) */
  decPreNo?: string;
  /** 报关单编号-海关生成的报关单编号 (C18, optional) */
  entryId?: string;
  /** 报关单状态-报关单状态（具体返回值由海关确定） (C1..3) */
  decState: string;
  /** 申报企业代码-申报单位的海关登记编号 (C..18) */
  agentCode: string;
  /** 申报企业名称-申报单位的海关登记名称 (C..100) */
  agentName: string;
  /** 收发货人代码-收发货人（电商企业）的10位海关代码或者18位信用代码 (C..18) */
  ebcCode: string;
  /** 收发货人名称-收发货人（电商企业）的海关备案名称 (C..100) */
  ebcName: string;
  /** 报关单位代码-后续报关单申报单位的海关注册登记编号或统一社会信用代码 (C..18) */
  declAgentCode: string;
  /** 报关单位名称-后续报关单申报单位的登记名称 (C..100) */
  declAgentName: string;
  /** 毛重（公斤）-货物及其包装材料的重量之和，计量单位为千克 (N19,5) */
  grossWeight: string;
  /** 净重（公斤）-货物的毛重减去外包装材料后的重量，即货物本身的实际重量，计量单位为千克 (N19,5) */
  netWeight: string;
  /** 报文总数-拆分后的报文总数。未拆分的不填，拆分的填实际数量。 (N9) */
  msgCount: string;
  /** 报文序号-当前报文序号，以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。 (N9) */
  msgSeqNo: string;
  /** 备注 (C..1000, optional) */
  note?: string;
}

/** `SummaryResultList` — 汇总结果单表体(允许可空) */
export interface SummaryResultList {
  /** 清单编号 (C..20) */
  invtNo: string;
  /** 物流运单编号 (C..32) */
  logisticsNo: string;
  /** 汇总结果单的顺序号 (N5) */
  gseqno: string;
  /** 清单商品项的序号 (N5) */
  gnum: string;
  /** 清单商品编码 (C10) */
  gcode: string;
}

// ---------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------

/** `CEB311Message/Order` */
export interface Ceb311Order {
  /** [1..1] */ OrderHead: ImportOrderHead;
  /** [1..99] */ OrderList: ImportOrderList[];
}

/** `CEB311Message` — 电子订单数据报文（ 电商企业或电商平台或受委托的快件运营人、邮政企业） (import, declaration). */
export interface Ceb311Message extends DeclarationBase {
  kind: 'CEB311';
  /** [1..100] */ Order: Ceb311Order[];
  /** [0..1] XMLDSig signature (ds:Signature); the sandbox requires it when appStatus is 2. */
  Signature?: DsSignature;
}

/** `CEB312Message` — 电子订单回执报文（电商企业或电商平台或受委托的快件运营人、邮政企业） (import, receipt). */
export interface Ceb312Message extends MessageBase {
  kind: 'CEB312';
  /** [1..100] */ OrderReturn: ImportOrderReturn[];
}

/** `CEB411Message/Payment` */
export interface Ceb411Payment {
  /** [1..1] */ PaymentHead: PaymentHead;
}

/** `CEB411Message` — 支付凭证数据报文（支付企业或受委托的快件运营人、邮政企业） (import, declaration). */
export interface Ceb411Message extends DeclarationBase {
  kind: 'CEB411';
  /** [1..100] */ Payment: Ceb411Payment[];
  /** [0..1] XMLDSig signature (ds:Signature); the sandbox requires it when appStatus is 2. */
  Signature?: DsSignature;
}

/** `CEB412Message` — 支付凭证回执报文（支付企业或受委托的快件运营人、邮政企业） (import, receipt). */
export interface Ceb412Message extends MessageBase {
  kind: 'CEB412';
  /** [1..100] */ PaymentReturn: PaymentReturn[];
}

/** `CEB511Message/Logistics` */
export interface Ceb511Logistics {
  /** [1..1] */ LogisticsHead: LogisticsHead;
}

/** `CEB511Message` — 物流运单数据报文（物流企业） (import, declaration). */
export interface Ceb511Message extends DeclarationBase {
  kind: 'CEB511';
  /** [1..100] */ Logistics: Ceb511Logistics[];
  /** [0..1] XMLDSig signature (ds:Signature); the sandbox requires it when appStatus is 2. */
  Signature?: DsSignature;
}

/** `CEB512Message` — 物流运单回执报文（物流企业） (import, receipt). */
export interface Ceb512Message extends MessageBase {
  kind: 'CEB512';
  /** [1..100] */ LogisticsReturn: ImportLogisticsReturn[];
}

/** `CEB513Message` — 物流运单状态数据报文（物流企业） (import, declaration). */
export interface Ceb513Message extends DeclarationBase {
  kind: 'CEB513';
  /** [1..100] */ LogisticsStatus: LogisticsStatus[];
  /** [0..1] XMLDSig signature (ds:Signature); the sandbox requires it when appStatus is 2. */
  Signature?: DsSignature;
}

/** `CEB514Message` — 物流运单状态回执报文（物流企业） (import, receipt). */
export interface Ceb514Message extends MessageBase {
  kind: 'CEB514';
  /** [1..100] */ LogisticsStatusReturn: LogisticsStatusReturn[];
}

/** `CEB621Message/Inventory` */
export interface Ceb621Inventory {
  /** [1..1] */ InventoryHead: ImportInventoryHead;
  /** [1..99] */ InventoryList: ImportInventoryList[];
}

/** `CEB621Message` — 进口清单数据报文（电商企业或其代理人） (import, declaration). */
export interface Ceb621Message extends DeclarationBase {
  kind: 'CEB621';
  /** [1..100] */ Inventory: Ceb621Inventory[];
  /** [1..1] XMLDSig signature (ds:Signature). */
  Signature: DsSignature;
}

/** `CEB622Message` — 进口清单回执报文（电商企业或其代理人） (import, receipt). */
export interface Ceb622Message extends MessageBase {
  kind: 'CEB622';
  /** [1..100] */ InventoryReturn: ImportInventoryReturn[];
}

/** `CEB623Message` — 撤销申请单数据报文（电商企业或其代理人） (import, declaration). */
export interface Ceb623Message extends DeclarationBase {
  kind: 'CEB623';
  /** [1..100] */ InvtCancel: ImportInvtCancel[];
  /** [1..1] XMLDSig signature (ds:Signature). */
  Signature: DsSignature;
}

/** `CEB624Message` — 撤销申请单回执报文（电商企业或其代理人） (import, receipt). */
export interface Ceb624Message extends MessageBase {
  kind: 'CEB624';
  /** [1..100] */ InvtCancelReturn: ImportInvtCancelReturn[];
}

/** `CEB625Message/InvtRefund` */
export interface Ceb625InvtRefund {
  /** [1..1] */ InvtRefundHead: ImportInvtRefundHead;
  /** [1..99] */ InvtRefundList: ImportInvtRefundList[];
}

/** `CEB625Message` — 退货申请单数据报文（电商企业或其代理人） (import, declaration). */
export interface Ceb625Message extends DeclarationBase {
  kind: 'CEB625';
  /** [1..100] */ InvtRefund: Ceb625InvtRefund[];
  /** [1..1] XMLDSig signature (ds:Signature). */
  Signature: DsSignature;
}

/** `CEB626Message` — 退货申请单回执报文（电商企业或其代理人） (import, receipt). */
export interface Ceb626Message extends MessageBase {
  kind: 'CEB626';
  /** [1..100] */ InvtRefundReturn: InvtRefundReturn[];
}

/** `CEB711Message/Delivery` */
export interface Ceb711Delivery {
  /** [1..1] */ DeliveryHead: DeliveryHead;
  /** [1..unbounded] */ DeliveryList: DeliveryList[];
}

/** `CEB711Message` — 入库明细单数据报文（海关监管作业场所经营企业） (import, declaration). */
export interface Ceb711Message extends DeclarationBase {
  kind: 'CEB711';
  /** [1..1] */ Delivery: Ceb711Delivery;
  /** [1..1] XMLDSig signature (ds:Signature). */
  Signature: DsSignature;
}

/** `CEB712Message` — 入库明细单回执报文（海关监管作业场所经营企业） (import, receipt). */
export interface Ceb712Message extends MessageBase {
  kind: 'CEB712';
  /** [1..100] */ DeliveryReturn: DeliveryReturn[];
}

/** `CEB816Message/Tax` */
export interface Ceb816Tax {
  /** [1..1] */ TaxHeadRd: TaxHeadRd;
  /** [1..99] */ TaxListRd: TaxListRd[];
}

/** `CEB816Message` — 电子税单数据报文 (import, receipt). */
export interface Ceb816Message extends MessageBase {
  kind: 'CEB816';
  /** [1..unbounded] */ Tax: Ceb816Tax[];
}

/** `CEB818Message/Tax` */
export interface Ceb818Tax {
  /** [1..1] */ TaxHeadStatus: TaxHeadStatus;
}

/** `CEB818Message` — 电子税单状态报文 (import, receipt). */
export interface Ceb818Message extends MessageBase {
  kind: 'CEB818';
  /** [1..unbounded] */ Tax: Ceb818Tax[];
}

/** `CEB900Message` — 报文格式校验回执报文 (import, receipt). */
export interface Ceb900Message extends MessageBase {
  kind: 'CEB900';
  /** [1..1] */ MessageReturn: MessageReturn;
}

/** `CEB303Message/Order` — 电子订单数据实体 */
export interface Ceb303Order {
  /** [1..1] */ OrderHead: ExportOrderHead;
  /** [1..100] */ OrderList: ExportOrderList[];
}

/** `CEB303Message` — 电子订单数据报文（电商平台） (export, declaration). */
export interface Ceb303Message extends DeclarationBase {
  kind: 'CEB303';
  /** [1..100] */ Order: Ceb303Order[];
  /** [0..1] XMLDSig signature (ds:Signature); the sandbox requires it when appStatus is 2. */
  Signature?: DsSignature;
}

/** `CEB304Message` — 电子订单回执报文 (export, receipt). */
export interface Ceb304Message extends MessageBase {
  kind: 'CEB304';
  /** [1..100] */ OrderReturn: ExportOrderReturn[];
}

/** `CEB403Message` — 收款单数据报文（支付企业） (export, declaration). */
export interface Ceb403Message extends DeclarationBase {
  kind: 'CEB403';
  /** [1..100] */ Receipts: Receipts[];
  /** [0..1] XMLDSig signature (ds:Signature); the sandbox requires it when appStatus is 2. */
  Signature?: DsSignature;
}

/** `CEB404Message` — 收款单回执报文 (export, receipt). */
export interface Ceb404Message extends MessageBase {
  kind: 'CEB404';
  /** [1..100] */ ReceiptsReturn: ReceiptsReturn[];
}

/** `CEB505Message` — 物流运单数据报文（物流企业） (export, declaration). */
export interface Ceb505Message extends DeclarationBase {
  kind: 'CEB505';
  /** [1..100] */ Logistics: Logistics[];
  /** [0..1] XMLDSig signature (ds:Signature); the sandbox requires it when appStatus is 2. */
  Signature?: DsSignature;
}

/** `CEB506Message` — 物流运单回执报文 (export, receipt). */
export interface Ceb506Message extends MessageBase {
  kind: 'CEB506';
  /** [1..100] */ LogisticsReturn: ExportLogisticsReturn[];
}

/** `CEB507Message/Arrival` — 物流运抵单数据实体 */
export interface Ceb507Arrival {
  /** [1..1] */ ArrivalHead: ArrivalHead;
  /** [0..unbounded] */ ArrivalList: ArrivalList[];
}

/** `CEB507Message` — 物流运抵地数据报文（物流企业） (export, declaration). */
export interface Ceb507Message extends DeclarationBase {
  kind: 'CEB507';
  /** [1..100] */ Arrival: Ceb507Arrival[];
  /** [0..1] XMLDSig signature (ds:Signature); the sandbox requires it when appStatus is 2. */
  Signature?: DsSignature;
}

/** `CEB508Message` — 物流运抵单回执报文 (export, receipt). */
export interface Ceb508Message extends MessageBase {
  kind: 'CEB508';
  /** [1..100] */ ArrivalReturn: ArrivalReturn[];
}

/** `CEB509Message/Departure` — 物流离境单数据 */
export interface Ceb509Departure {
  /** [1..1] */ DepartureHead: DepartureHead;
  /** [1..unbounded] */ DepartureList: DepartureList[];
}

/** `CEB509Message` — 物流离境单数据 (export, declaration). */
export interface Ceb509Message extends DeclarationBase {
  kind: 'CEB509';
  /** [1..100] */ Departure: Ceb509Departure[];
  /** [0..1] XMLDSig signature (ds:Signature); the sandbox requires it when appStatus is 2. */
  Signature?: DsSignature;
}

/** `CEB510Message` — 物流离境单回执 (export, receipt). */
export interface Ceb510Message extends MessageBase {
  kind: 'CEB510';
  /** [1..100] */ DepartureReturn: DepartureReturn[];
}

/** `CEB603Message/Inventory` — 出口清单类 */
export interface Ceb603Inventory {
  /** [1..1] */ InventoryHead: ExportInventoryHead;
  /** [1..100] */ InventoryList: ExportInventoryList[];
}

/** `CEB603Message` — 申报清单数据 (export, declaration). */
export interface Ceb603Message extends DeclarationBase {
  kind: 'CEB603';
  /** [1..100] */ Inventory: Ceb603Inventory[];
  /** [0..1] XMLDSig signature (ds:Signature); the sandbox requires it when appStatus is 2. */
  Signature?: DsSignature;
}

/** `CEB604Message` — 申报清单数据回执 (export, receipt). */
export interface Ceb604Message extends MessageBase {
  kind: 'CEB604';
  /** [1..100] */ InventoryReturn: ExportInventoryReturn[];
}

/** `CEB605Message` — 撤销申请单数据 (export, declaration). */
export interface Ceb605Message extends DeclarationBase {
  kind: 'CEB605';
  /** [1..100] */ InvtCancel: ExportInvtCancel[];
  /** [0..1] XMLDSig signature (ds:Signature); the sandbox requires it when appStatus is 2. */
  Signature?: DsSignature;
}

/** `CEB606Message` — 撤销申请单回执 (export, receipt). */
export interface Ceb606Message extends MessageBase {
  kind: 'CEB606';
  /** [1..100] */ InvtCancelReturn: ExportInvtCancelReturn[];
}

/** `CEB607Message/WayBill` — 清单总分单 */
export interface Ceb607WayBill {
  /** [1..1] */ WayBillHead: WayBillHead;
  /** [1..unbounded] */ WayBillList: WayBillList[];
}

/** `CEB607Message` — 清单总分单数据 (export, declaration). */
export interface Ceb607Message extends DeclarationBase {
  kind: 'CEB607';
  /** [1..100] */ WayBill: Ceb607WayBill[];
  /** [0..1] XMLDSig signature (ds:Signature); the sandbox requires it when appStatus is 2. */
  Signature?: DsSignature;
}

/** `CEB608Message` — 清单总分单回执 (export, receipt). */
export interface Ceb608Message extends MessageBase {
  kind: 'CEB608';
  /** [1..100] */ WayBillReturn: WayBillReturn[];
}

/** `CEB213Message/InvtRefund` — 退货申请单数据实体 */
export interface Ceb213InvtRefund {
  /** [1..1] */ InvtRefundHead: ExportInvtRefundHead;
  /** [1..100] */ InvtRefundList: ExportInvtRefundList[];
}

/** `CEB213Message` — 退货申请单数据报文（电商企业） (export, declaration). */
export interface Ceb213Message extends DeclarationBase {
  kind: 'CEB213';
  /** [1..100] */ InvtRefund: Ceb213InvtRefund[];
  /** [0..1] XMLDSig signature (ds:Signature); the sandbox requires it when appStatus is 2. */
  Signature?: DsSignature;
}

/** `CEB214Message` — 退货申请单回执 (export, receipt). */
export interface Ceb214Message extends MessageBase {
  kind: 'CEB214';
  /** [1..100] */ RefundReturn: RefundReturn[];
}

/** `CEB215Message` — 理货明细单（运抵）数据报文 (export, declaration). */
export interface Ceb215Message extends DeclarationBase {
  kind: 'CEB215';
  /** [1..100] */ InvtRefundDetail: InvtRefundDetail[];
  /** [0..1] XMLDSig signature (ds:Signature); the sandbox requires it when appStatus is 2. */
  Signature?: DsSignature;
}

/** `CEB216Message` — 理货明细单回执 (export, receipt). */
export interface Ceb216Message extends MessageBase {
  kind: 'CEB216';
  /** [1..100] */ InvtRefundDetailReturn: InvtRefundDetailReturn[];
}

/** `CEB701Message/SummaryApply` — 汇总申请单数据实体 */
export interface Ceb701SummaryApply {
  /** [1..1] */ SummaryApplyHead: SummaryApplyHead;
  /** [0..unbounded] */ SummaryApplyList: SummaryApplyList[];
}

/** `CEB701Message` — 汇总申请单数据报文 (export, declaration). */
export interface Ceb701Message extends DeclarationBase {
  kind: 'CEB701';
  /** [1..100] */ SummaryApply: Ceb701SummaryApply[];
  /** [0..1] XMLDSig signature (ds:Signature); the sandbox requires it when appStatus is 2. */
  Signature?: DsSignature;
}

/** `CEB702Message` — 汇总申请单回执报文 (export, receipt). */
export interface Ceb702Message extends MessageBase {
  kind: 'CEB702';
  /** [1..100] */ SummaryReturn: SummaryReturn[];
}

/** `CEB792Message/SummaryResult` — 汇总结果单数据实体 */
export interface Ceb792SummaryResult {
  /** [1..1] */ SummaryResultHead: SummaryResultHead;
  /** [0..unbounded] */ SummaryResultList: SummaryResultList[];
}

/** `CEB792Message` — 汇总结果单数据报文 (export, receipt). */
export interface Ceb792Message extends MessageBase {
  kind: 'CEB792';
  /** [1..100] */ SummaryResult: Ceb792SummaryResult[];
}

/** Every message the sandbox reads and writes, discriminated on `kind`. */
export type CebMessage =
  | Ceb311Message
  | Ceb312Message
  | Ceb411Message
  | Ceb412Message
  | Ceb511Message
  | Ceb512Message
  | Ceb513Message
  | Ceb514Message
  | Ceb621Message
  | Ceb622Message
  | Ceb623Message
  | Ceb624Message
  | Ceb625Message
  | Ceb626Message
  | Ceb711Message
  | Ceb712Message
  | Ceb816Message
  | Ceb818Message
  | Ceb900Message
  | Ceb303Message
  | Ceb304Message
  | Ceb403Message
  | Ceb404Message
  | Ceb505Message
  | Ceb506Message
  | Ceb507Message
  | Ceb508Message
  | Ceb509Message
  | Ceb510Message
  | Ceb603Message
  | Ceb604Message
  | Ceb605Message
  | Ceb606Message
  | Ceb607Message
  | Ceb608Message
  | Ceb213Message
  | Ceb214Message
  | Ceb215Message
  | Ceb216Message
  | Ceb701Message
  | Ceb702Message
  | Ceb792Message;

/** The message kinds, in XSD order (import then export). */
export const MESSAGE_KINDS = [
  'CEB311',
  'CEB312',
  'CEB411',
  'CEB412',
  'CEB511',
  'CEB512',
  'CEB513',
  'CEB514',
  'CEB621',
  'CEB622',
  'CEB623',
  'CEB624',
  'CEB625',
  'CEB626',
  'CEB711',
  'CEB712',
  'CEB816',
  'CEB818',
  'CEB900',
  'CEB303',
  'CEB304',
  'CEB403',
  'CEB404',
  'CEB505',
  'CEB506',
  'CEB507',
  'CEB508',
  'CEB509',
  'CEB510',
  'CEB603',
  'CEB604',
  'CEB605',
  'CEB606',
  'CEB607',
  'CEB608',
  'CEB213',
  'CEB214',
  'CEB215',
  'CEB216',
  'CEB701',
  'CEB702',
  'CEB792',
] as const;

export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** The typed message of one kind. */
export type MessageOfKind<K extends MessageKind> = Extract<CebMessage, { kind: K }>;
