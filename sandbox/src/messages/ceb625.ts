/**
 * CEB625 — 退货申请单数据报文（电商企业或其代理人） (import return application; import, declaration).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, group, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `InvtRefundHead` — 退货申请单表头实体. */
export const importInvtRefundHeadSpec: RecordSpec = record('InvtRefundHead', '退货申请单表头实体', [
  field('guid', '企业系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('appType', '企业报送类型。1-新增 2-变更 3-删除。默认为1。', 'C1', true, { format: 'appType' }),
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
  field('copNo', '企业内部标识单证的编号。', 'C..20', false),
  field('preNo', '电子口岸标识单证的编号。', 'C..18', false),
  field('invtNo', '申请退货的原始清单编号。', 'C1..18', true),
  field('buyerIdType', '订购人证件类型', 'C1', true),
  field('buyerIdNumber', '订购人证件号码', 'C1..60', true),
  field('buyerName', '订购人姓名', 'C1..60', true),
  field('buyerTelephone', '订购人电话', 'C1..30', true),
  field('agentCode', '申报单位的海关注册登记编号。', 'C1..18', true),
  field('agentName', '申报单位在海关注册登记的名称。', 'C1..100', true),
  field('reason', '退货原因', 'C1..1000', true),
  field('note', '备注', 'C..1000', false),
]);

/** `InvtRefundList` — 退货申请单表体实体. */
export const importInvtRefundListSpec: RecordSpec = record('InvtRefundList', '退货申请单表体实体', [
  field('gnum', '对应原清单表体序号（退货项序号）', 'N', true),
  field('gcode', '按商品分类编码规则确定的进出口商品的商品编号，分为商品编号和附加编号，其中商品编号栏应填报《中华人民共和国进出口税则》8位税则号列，附加编号应填报商品编号，附加编号第9、10位。', 'C10', true),
  field('gname', '商品名称应据实填报，与清单一致。', 'C1..250', true),
  field('qty', '申请退货的数量，小于等于原清单的成交计量单位的数量', 'N19,5', true),
  field('unit', '海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码', 'C3', true),
  field('note', '备注', 'C..1000', false),
]);

/** `CEB625Message` structure. */
export const ceb625Spec: MessageSpec = {
  kind: 'CEB625',
  root: 'CEB625Message',
  zh: '退货申请单数据报文（电商企业或其代理人）',
  en: 'import return application',
  direction: 'import',
  role: 'declaration',
  body: [
    child('InvtRefund', 1, 100, group('InvtRefund', '', [
      child('InvtRefundHead', 1, 1, importInvtRefundHeadSpec),
      child('InvtRefundList', 1, 99, importInvtRefundListSpec),
    ])),
  ],
  envelope: 'import',
  signature: 'required',
};
