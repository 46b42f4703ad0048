/**
 * Shared contracts of the sandbox engine. Everything the engine reports is a
 * `Finding`; every finding carries a stable code from the error catalogue.
 */

/** A place in the source text, 1-based, as an editor underlines it. */
export interface SourcePosition {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Text in both interface languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Severity = 'error' | 'warning';

/** One problem found in a message or a set of messages. */
export interface Finding {
  /** Stable error code from the catalogue, e.g. `XML_MALFORMED`, `FMT_REQUIRED`, `MATCH_ORDER_NO`. */
  code: string;
  severity: Severity;
  /** Field path inside the message, e.g. `Order[0].OrderHead.orderNo` or `Order[0].OrderList[1].gnum`. */
  path: string;
  /** Where in the XML source the field (or the element) stands, when the message came from XML. */
  position?: SourcePosition;
  /** What is wrong, where, and how to fix it. */
  message: Bilingual;
  /** Slug `<course>/<lesson>` of the lesson that explains the rule. */
  lesson: string;
  /** Which dated version of the rule applied, e.g. `limits@2019-01-01`. */
  ruleVersion?: string;
  /** Index of the message in the submitted batch, when checked as part of a batch. */
  messageIndex?: number;
}

/** One entry of the error catalogue. */
export interface ErrorDefinition {
  code: string;
  /** Rule family: xml, format, codes, match, arithmetic, policy, tax, signature, summary, return. */
  family: string;
  title: Bilingual;
  /** Slug `<course>/<lesson>` of the lesson that explains it; the content tests check it exists. */
  lesson: string;
}
