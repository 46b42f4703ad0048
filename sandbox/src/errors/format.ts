/**
 * Error catalogue: field formats (family `format`).
 *
 * Design: one code per kind of format rule the XSD (or the standard's documentation) fixes for a
 * single field, independent of any other field or code table. Cross-field, code-table and policy
 * rules belong to other families.
 */

import type { ErrorDefinition } from '../types.ts';

const IMPORT_FLOW = 'customs-clearance/02-import-message-flow';

/** The `format` family. */
export const formatErrors: ErrorDefinition[] = [
  {
    code: 'FMT_REQUIRED',
    family: 'format',
    title: { zh: '必填字段缺失或为空', en: 'Required field missing or empty' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'FMT_LENGTH',
    family: 'format',
    title: { zh: '字段长度不符合规范', en: 'Field length outside what the standard allows' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'FMT_NUMBER',
    family: 'format',
    title: { zh: '数值格式不正确', en: 'Invalid number' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'FMT_MONEY_DECIMALS',
    family: 'format',
    title: { zh: '金额超过两位小数（沙箱规则）', en: 'Amount with more than two decimals (sandbox rule)' },
    lesson: 'import-tax/02-tax-formula',
  },
  {
    code: 'FMT_DATETIME',
    family: 'format',
    title: { zh: '日期时间格式不正确', en: 'Invalid date or time' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'FMT_GUID',
    family: 'format',
    title: { zh: 'GUID 格式不正确', en: 'Invalid GUID' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'FMT_GUID_CASE',
    family: 'format',
    title: { zh: 'GUID 应使用大写字母', en: 'GUID letters should be upper case' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'FMT_APP_TYPE',
    family: 'format',
    title: { zh: '报送类型 appType 取值错误', en: 'Invalid appType' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'FMT_APP_STATUS',
    family: 'format',
    title: { zh: '业务状态 appStatus 取值错误', en: 'Invalid appStatus' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'FMT_FIXED',
    family: 'format',
    title: { zh: '字段必须为规范规定的固定值', en: 'Field must hold the fixed value the standard sets' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'FMT_CODE_VALUE',
    family: 'format',
    title: { zh: '字段取值不在规范规定的代码中', en: 'Field value is not one of the codes the standard defines' },
    lesson: 'export-declaration/01-export-inventory-list',
  },
  {
    code: 'FMT_OCCURS',
    family: 'format',
    title: { zh: '表体或节点数量超出规范范围', en: 'Number of items outside the bounds the standard sets' },
    lesson: IMPORT_FLOW,
  },
  {
    code: 'FMT_WHITESPACE',
    family: 'format',
    title: { zh: '字段首尾含空白字符', en: 'Field value has leading or trailing white space' },
    lesson: IMPORT_FLOW,
  },
];
