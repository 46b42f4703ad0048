/**
 * CEB623 — 撤销申请单数据报文（电商企业或其代理人） (inventory list cancellation; import, declaration).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `InvtCancel` — 撤销申请单实体. */
export const importInvtCancelSpec: RecordSpec = record('InvtCancel', '撤销申请单实体', [
  field('guid', '企业系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('appType', '企业报送类型。1-新增。默认为1。', 'C1', true, { format: 'appType' }),
  field('appTime', '企业报送时间。格式:YYYYMMDDhhmmss。mss', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '业务状态:1-暂存,2-申报,默认为1。填写2时,Signature节点必须填写.', 'C1..3', true, { format: 'appStatus' }),
  field('customsCode', '接受申报的海关关区代码，参照JGS/T 18《海关关区代码》。', 'C4', true),
  field('orderNo', '交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。', 'C1..60', true),
  field('ebpCode', '电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。', 'C1..18', true),
  field('ebpName', '电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。', 'C1..100', true),
  field('ebcCode', '电商企业的海关注册登记编号。', 'C1..18', true),
  field('ebcName', '电商企业的海关注册登记名称。', 'C1..100', true),
  field('logisticsNo', '物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。', 'C1..60', true),
  field('logisticsCode', '物流企业的海关注册登记编号。', 'C1..18', true),
  field('logisticsName', '物流企业在海关注册登记的名称。', 'C1..100', true),
  field('copNo', '企业内部标识单证的编号', 'C..20', false),
  field('preNo', '电子口岸标识单证的编号', 'C..18', false),
  field('invtNo', '申请撤销的原始清单编号。', 'C1..18', true),
  field('buyerIdType', '1-身份证,2-其它。限定为身份证，填写“1”。', 'C1', true),
  field('buyerIdNumber', '订购人的身份证件号码。', 'C1..60', true),
  field('buyerName', '订购人的真实姓名。', 'C1..60', true),
  field('buyerTelephone', '订购人电话', 'C1..30', true),
  field('agentCode', '申报单位的海关注册登记编号。', 'C1..18', true),
  field('agentName', '申报单位在海关注册登记的名称。', 'C1..100', true),
  field('reason', '撤单原因', 'C1..1000', true),
  field('note', '备注', 'C..1000', false),
]);

/** `CEB623Message` structure. */
export const ceb623Spec: MessageSpec = {
  kind: 'CEB623',
  root: 'CEB623Message',
  zh: '撤销申请单数据报文（电商企业或其代理人）',
  en: 'inventory list cancellation',
  direction: 'import',
  role: 'declaration',
  body: [
    child('InvtCancel', 1, 100, importInvtCancelSpec),
  ],
  envelope: 'import',
  signature: 'required',
};
