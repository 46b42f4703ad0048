/**
 * CEB311 — 电子订单数据报文（ 电商企业或电商平台或受委托的快件运营人、邮政企业） (import order; import, declaration).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, group, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `OrderHead` — 电子订单表头实体. */
export const importOrderHeadSpec: RecordSpec = record('OrderHead', '电子订单表头实体', [
  field('guid', '企业系统生成36位唯一序号（英文字母大写）。', 'C36', true, { format: 'guid' }),
  field('appType', '企业报送类型。1-新增 2-变更 3-删除。默认为1。', 'C1', true, { format: 'appType' }),
  field('appTime', '企业报送时间。格式:YYYYMMDDhhmmss。mss', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '业务状态:1-暂存,2-申报,默认为2。', 'C1..3', true, { format: 'appStatus' }),
  field('orderType', '电子订单类型：I进口', 'C1', true),
  field('orderNo', '交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。', 'C1..60', true),
  field('ebpCode', '电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。', 'C1..18', true),
  field('ebpName', '电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。', 'C1..100', true),
  field('ebcCode', '电商企业的海关注册登记编号。', 'C1..18', true),
  field('ebcName', '电商企业的海关注册登记名称。', 'C1..100', true),
  field('goodsValue', '商品实际成交价，含非现金抵扣金额。', 'N19,5', true, { money: true }),
  field('freight', '不包含在商品价格中的运杂费，无则填写"0"。', 'N19,5', true, { money: true }),
  field('discount', '使用积分、虚拟货币、代金券等非现金支付金额，无则填写"0"。', 'N19,5', true, { money: true }),
  field('taxTotal', '企业预先代扣的税款金额，无则填写“0”', 'N19,5', true, { money: true }),
  field('acturalPaid', '商品价格+运杂费+代扣税款-非现金抵扣金额，与支付凭证的支付金额一致。', 'N19,5', true, { money: true }),
  field('currency', '限定为人民币，填写“142”。', 'C3', true, { fixed: '142' }),
  field('buyerRegNo', '订购人的交易平台注册号。', 'C1..60', true),
  field('buyerName', '订购人的真实姓名。', 'C1..60', true),
  field('buyerTelephone', '订购人电话。', 'C1..30', true),
  field('buyerIdType', '1-身份证,2-其它。限定为身份证，填写“1”', 'C1', true),
  field('buyerIdNumber', '订购人的身份证件号码。', 'C1..60', true),
  field('payCode', '支付企业的海关注册登记编号。', 'C..18', false),
  field('payName', '支付企业在海关注册登记的企业名称。', 'C..100', false),
  field('payTransactionId', '支付企业唯一的支付流水号。', 'C..60', false),
  field('batchNumbers', '商品批次号', 'C..100', false),
  field('consignee', '收货人姓名，必须与电子运单的收货人姓名一致。', 'C1..100', true),
  field('consigneeTelephone', '收货人联系电话，必须与电子运单的收货人电话一致。', 'C1..50', true),
  field('consigneeAddress', '收货地址，必须与电子运单的收货地址一致。', 'C1..200', true),
  field('consigneeDistrict', '参照国家统计局公布的国家行政区划标准填制。', 'C6', false),
  field('note', '订单备注', 'C..1000', false),
]);

/** `OrderList` — 电子订单商品实体. */
export const importOrderListSpec: RecordSpec = record('OrderList', '电子订单商品实体', [
  field('gnum', '从1开始的递增序号。', 'N', true),
  field('itemNo', '电商企业自定义的商品货号（SKU）。', 'C..30', false),
  field('itemName', '交易平台销售商品的中文名称。', 'C1..250', true),
  field('gmodel', '满足海关归类、审价以及监管的要求为准。包括：品名、牌名、规格、型号、成份、含量、等级等。', 'C1..510', true),
  field('itemDescribe', '交易平台销售商品的描述信息。', 'C..1000', false),
  field('barCode', '国际通用的商品条形码，一般由前缀部分、制造厂商代码、商品代码和校验码组成。', 'C..50', false),
  field('unit', '填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 计量单位代码。', 'C3', true),
  field('qty', '商品实际数量。', 'N19,5', true),
  field('price', '商品单价。赠品单价填写为“0”。', 'N19,5', true),
  field('totalPrice', '商品总价，等于单价乘以数量。', 'N19,5', true, { money: true }),
  field('currency', '限定为人民币，填写“142”。', 'C3', true, { fixed: '142' }),
  field('country', '填写海关标准的参数代码，参照《JGS-20 海关业务代码集》-国家（地区）代码表。', 'C3', true),
  field('note', '促销活动，商品单价偏离市场价格的，可以在此说明。', 'C..1000', false),
]);

/** `CEB311Message` structure. */
export const ceb311Spec: MessageSpec = {
  kind: 'CEB311',
  root: 'CEB311Message',
  zh: '电子订单数据报文（ 电商企业或电商平台或受委托的快件运营人、邮政企业）',
  en: 'import order',
  direction: 'import',
  role: 'declaration',
  body: [
    child('Order', 1, 100, group('Order', '', [
      child('OrderHead', 1, 1, importOrderHeadSpec),
      child('OrderList', 1, 99, importOrderListSpec),
    ])),
  ],
  envelope: 'import',
  signature: 'optional',
};
