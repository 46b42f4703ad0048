/**
 * Error catalogue: XML reading and message structure (family `xml`).
 *
 * Design: these are the problems found before any field is looked at — the text is not XML, is
 * refused for safety, or its elements do not fit the message structure of the 2022 XSDs. The
 * JSON input path reports its own structural problems here too, since JSON is just another
 * spelling of the same typed message.
 */

import type { ErrorDefinition } from '../types.ts';

const IMPORT_FLOW = 'customs-clearance/02-import-message-flow';

/** The `xml` family, in the order a learner meets them. */
export const xmlErrors: ErrorDefinition[] = [
  {
    code: 'XML_EMPTY',
    family: 'xml',
    title: { zh: '报文为空', en: 'The message is empty' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'XML_MALFORMED',
    family: 'xml',
    title: { zh: 'XML 格式不正确', en: 'The XML is not well-formed' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'XML_DTD_FORBIDDEN',
    family: 'xml',
    title: { zh: '不允许使用 DOCTYPE/DTD', en: 'DOCTYPE/DTD declarations are not allowed' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'XML_ENTITY_FORBIDDEN',
    family: 'xml',
    title: { zh: '不允许使用自定义实体引用', en: 'Entity references other than the predefined ones are not allowed' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'XML_TOO_LARGE',
    family: 'xml',
    title: { zh: '报文超过大小上限', en: 'The message exceeds the size limit' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'XML_TOO_DEEP',
    family: 'xml',
    title: { zh: '元素嵌套层级过深', en: 'Elements are nested too deeply' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'XML_UNKNOWN_ROOT',
    family: 'xml',
    title: { zh: '无法识别的报文根元素', en: 'Unknown message root element' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'XML_WRONG_NAMESPACE',
    family: 'xml',
    title: { zh: '元素命名空间错误', en: 'Element in the wrong namespace' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'XML_UNKNOWN_ELEMENT',
    family: 'xml',
    title: { zh: '报文中出现规范未定义的元素', en: 'Element not defined by the message standard' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'XML_ELEMENT_ORDER',
    family: 'xml',
    title: { zh: '元素顺序与规范不符', en: 'Elements out of the order the standard requires' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'XML_TOO_MANY',
    family: 'xml',
    title: { zh: '元素重复出现', en: 'Element repeated where only one is allowed' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'XML_MISSING_ELEMENT',
    family: 'xml',
    title: { zh: '缺少必需的结构元素', en: 'Required structural element missing' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'XML_UNEXPECTED_TEXT',
    family: 'xml',
    title: { zh: '结构元素中出现文本', en: 'Text inside a structural element' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'XML_UNKNOWN_ATTRIBUTE',
    family: 'xml',
    title: { zh: '规范未定义的属性', en: 'Attribute not defined by the message standard' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'JSON_MALFORMED',
    family: 'xml',
    title: { zh: 'JSON 报文格式不正确', en: 'The JSON message is malformed' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'JSON_INVALID_VALUE',
    family: 'xml',
    title: { zh: 'JSON 字段值类型错误', en: 'JSON value of the wrong type' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'JSON_UNKNOWN_FIELD',
    family: 'xml',
    title: { zh: 'JSON 中出现规范未定义的字段', en: 'JSON field not defined by the message standard' },
    lesson: IMPORT_FLOW,
  },
];
