/**
 * Typed objects of the CBEC unified-system messages (海关跨境电商统一版, 2022 edition, 202205版):
 * the parts every message shares, the reader's result, and the conventions of the per-kind
 * interfaces, which ./types.ts holds, generated from the specs in ./cebNNN.ts.
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
import type { BaseSubscribe, BaseTransfer, CebMessage } from './types.ts';

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
