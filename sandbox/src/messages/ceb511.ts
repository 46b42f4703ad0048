/**
 * CEB511 — 物流运单数据报文（物流企业） (import waybill; import, declaration).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, group, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `LogisticsHead` — 物流运单数据实体. */
export const logisticsHeadSpec: RecordSpec = record('LogisticsHead', '物流运单数据实体', [
  field('guid', '企业系统生成36位唯一序号（英文字母大写）。', 'C36', true, { format: 'guid' }),
  field('appType', '企业报送类型。1-新增 2-变更 3-删除。默认为1。', 'C1', true, { format: 'appType' }),
  field('appTime', '企业报送时间。格式:YYYYMMDDhhmmss。mss', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '业务状态:1-暂存,2-申报,默认为2。', 'C1..3', true, { format: 'appStatus' }),
  field('logisticsCode', '物流企业的海关注册登记编号。', 'C1..18', true),
  field('logisticsName', '物流企业在海关注册登记的名称。', 'C1..100', true),
  field('logisticsNo', '物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。', 'C1..60', true),
  field('billNo', '直购进口为海运提单、空运总单或汽车载货清单', 'C..37', false),
  field('orderNo', '交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。', 'C1..60', true),
  field('freight', '商品运输费用，无则填“0”。', 'N19,5', false, { money: true }),
  field('insuredFee', '商品保险费用，无则填“0”。', 'N19,5', false, { money: true }),
  field('currency', '限定为人民币，填写“142”。', 'C3', true, { fixed: '142' }),
  field('weight', '毛重,单位为千克。', 'N19,5', true),
  field('packNo', '单个运单下包裹数，限定为“1”。', 'N9', true),
  field('goodsInfo', '配送的商品信息，包括商品名称、数量等。', 'C..200', false),
  field('consignee', '收货人姓名。', 'C1..100', true),
  field('consigneeAddress', '收货地址。', 'C1..200', true),
  field('consigneeTelephone', '收货人电话号码。', 'C1..50', true),
  field('note', '备注', 'C..1000', false),
]);

/** `CEB511Message` structure. */
export const ceb511Spec: MessageSpec = {
  kind: 'CEB511',
  root: 'CEB511Message',
  zh: '物流运单数据报文（物流企业）',
  en: 'import waybill',
  direction: 'import',
  role: 'declaration',
  body: [
    child('Logistics', 1, 100, group('Logistics', '', [
      child('LogisticsHead', 1, 1, logisticsHeadSpec),
    ])),
  ],
  envelope: 'import',
  signature: 'optional',
};
