/**
 * CEB303 — 电子订单数据报文（电商平台） (export order; export, declaration).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, group, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `OrderHead` — 订单表头. */
export const exportOrderHeadSpec: RecordSpec = record('OrderHead', '订单表头', [
  field('guid', '系统唯一序号-企业系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('appType', '报送类型-企业报送类型。1-新增 2-变更 3-删除。', 'C1', true, { format: 'appType' }),
  field('appTime', '报送时间-企业报送时间。格式:YYYYMMDDhhmmss。', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '报送状态-企业报送状态。1-暂存,2-申报。', 'C1', true, { format: 'appStatus' }),
  field('orderType', '订单类型-电商平台的订单类型 I-进口商品订单；E-出口商品订单；B-B2B出口订单；W-外综服订单', 'C1', true),
  field('orderNo', '订单编号-交易平台的订单编号，同一交易平台的订单编号应唯一', 'C..60', true),
  field('ebpCode', '电商平台代码-电商平台的海关注册登记编号', 'C..18', true),
  field('ebpName', '电商平台名称-电商平台的海关注册登记名称', 'C..100', true),
  field('ebcCode', '电商企业代码-电商企业的海关注册登记编号(10位海关编码或18位统一社会信用代码)', 'C..18', true),
  field('ebcName', '电商企业名称-电商企业的海关注册登记名称，对应清单的收发货人', 'C..100', true),
  field('goodsValue', '商品金额-商品实际成交价FOB(不含运杂费)，含非现金抵扣金额', 'N19,5', true, { money: true }),
  field('freight', '运杂费-运杂费，无则填写"0"。', 'N19,5', true, { money: true }),
  field('currency', '币制-海关标准的参数代码 《JGS-20 海关业务代码集》- 货币代码', 'C3', true),
  field('note', '备注', 'C..1000', false),
]);

/** `OrderList` — 订单商品表体. */
export const exportOrderListSpec: RecordSpec = record('OrderList', '订单商品表体', [
  field('gnum', '序号-从1开始的递增序号（与清单的商品项关联对应）', 'N5', true),
  field('itemNo', '企业商品货号-企业自定义的商品货号', 'C..30', true),
  field('itemName', '企业商品名称-同一类商品的中文名称。任何一种具体商品可以并只能归入表中的一个条目', 'C..250', true),
  field('itemDescribe', '企业商品描述-电商平台上架的商品描述宣传信息', 'C..1000', false),
  field('barCode', '条形码-商品条形码一般由前缀部分、制造厂商代码、商品代码和校验码组成。', 'C..50', false),
  field('unit', '计量单位-海关标准的参数代码 海关标准的参数代码 《JGS-20 海关业务代码集》，计量单位代码', 'C3', true),
  field('currency', '币制-海关标准的参数代码 海关标准的参数代码 《JGS-20 海关业务代码集》- 货币代码', 'C3', true),
  field('qty', '数量', 'N19,5', true),
  field('price', '单价', 'N19,5', true),
  field('totalPrice', '总价', 'N19,5', true, { money: true }),
  field('note', '备注', 'C..1000', false),
]);

/** `CEB303Message` structure. */
export const ceb303Spec: MessageSpec = {
  kind: 'CEB303',
  root: 'CEB303Message',
  zh: '电子订单数据报文（电商平台）',
  en: 'export order',
  direction: 'export',
  role: 'declaration',
  body: [
    child('Order', 1, 100, group('Order', '电子订单数据实体', [
      child('OrderHead', 1, 1, exportOrderHeadSpec),
      child('OrderList', 1, 100, exportOrderListSpec),
    ])),
  ],
  envelope: 'export',
  signature: 'optional',
};
