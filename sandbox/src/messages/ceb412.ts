/**
 * CEB412 — 支付凭证回执报文（支付企业或受委托的快件运营人、邮政企业） (payment slip receipt; import, receipt).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `PaymentReturn` — 支付凭证回执实体. */
export const paymentReturnSpec: RecordSpec = record('PaymentReturn', '支付凭证回执实体', [
  field('guid', '电子口岸生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('payCode', '支付企业的海关注册登记编号。', 'C1..18', true),
  field('payTransactionId', '支付企业唯一的支付流水号。', 'C1..60', true),
  field('returnStatus', '操作结果（2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/399海关审结）,若小于0数字表示处理异常回执', 'C1..10', true),
  field('returnTime', '操作时间(格式:YYYYMMDDhhmmssSSS)', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '备注（如:退单原因）', 'C1..1000', true),
]);

/** `CEB412Message` structure. */
export const ceb412Spec: MessageSpec = {
  kind: 'CEB412',
  root: 'CEB412Message',
  zh: '支付凭证回执报文（支付企业或受委托的快件运营人、邮政企业）',
  en: 'payment slip receipt',
  direction: 'import',
  role: 'receipt',
  body: [
    child('PaymentReturn', 1, 100, paymentReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
