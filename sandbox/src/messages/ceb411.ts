/**
 * CEB411 — 支付凭证数据报文（支付企业或受委托的快件运营人、邮政企业） (payment slip; import, declaration).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, group, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `PaymentHead` — 支付凭证数据实体. */
export const paymentHeadSpec: RecordSpec = record('PaymentHead', '支付凭证数据实体', [
  field('guid', '企业系统生成36位唯一序号（英文字母大写）。', 'C36', true, { format: 'guid' }),
  field('appType', '企业报送类型。1-新增 2-变更 3-删除。默认为1。', 'C1', true, { format: 'appType' }),
  field('appTime', '企业报送时间。格式:YYYYMMDDhhmmss。mss', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '业务状态:1-暂存,2-申报,默认为2。', 'C1..3', true, { format: 'appStatus' }),
  field('payCode', '支付企业的海关注册登记编号。', 'C1..18', true),
  field('payName', '支付企业在海关注册登记的名称。', 'C1..100', true),
  field('payTransactionId', '支付企业唯一的支付流水号。', 'C1..60', true),
  field('orderNo', '交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。', 'C1..60', true),
  field('ebpCode', '电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。', 'C1..18', true),
  field('ebpName', '电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。', 'C1..100', true),
  field('payerIdType', '1-身份证,2-其它。限定为身份证，填写“1”。', 'C1', true),
  field('payerIdNumber', '支付人证件号码', 'C1..60', true),
  field('payerName', '支付人的身份证件号码。', 'C1..60', true),
  field('telephone', '支付人电话', 'C..60', false),
  field('amountPaid', '支付金额', 'N19,5', true, { money: true }),
  field('currency', '限定为人民币，填写“142”。', 'C3', true, { fixed: '142' }),
  field('payTime', '支付时间，格式:YYYYMMDDhhmmss。hm', 'C14', true, { format: 'datetime14' }),
  field('note', '备注', 'C..1000', false),
]);

/** `CEB411Message` structure. */
export const ceb411Spec: MessageSpec = {
  kind: 'CEB411',
  root: 'CEB411Message',
  zh: '支付凭证数据报文（支付企业或受委托的快件运营人、邮政企业）',
  en: 'payment slip',
  direction: 'import',
  role: 'declaration',
  body: [
    child('Payment', 1, 100, group('Payment', '', [
      child('PaymentHead', 1, 1, paymentHeadSpec),
    ])),
  ],
  envelope: 'import',
  signature: 'optional',
};
