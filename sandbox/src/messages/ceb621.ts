/**
 * CEB621 — 进口清单数据报文（电商企业或其代理人） (import inventory list; import, declaration).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, group, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `InventoryHead` — 进口清单表头实体. */
export const importInventoryHeadSpec: RecordSpec = record('InventoryHead', '进口清单表头实体', [
  field('guid', '企业系统生成36位唯一序号（英文字母大写）。', 'C36', true, { format: 'guid' }),
  field('appType', '企业报送类型。1-新增 2-变更 3-删除。默认为1。', 'C1', true, { format: 'appType' }),
  field('appTime', '企业报送时间。格式:YYYYMMDDhhmmss。mss', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '业务状态:1-暂存,2-申报,默认为1。填写2时,Signature节点必须填写.', 'C1..3', true, { format: 'appStatus' }),
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
  field('assureCode', '担保扣税的企业海关注册登记编号，只限清单的申报企业、电商企业物流企业。', 'C1..30', true),
  field('emsNo', '保税模式必填，填写区内仓储企业在海关备案的账册编号，用于保税进口业务在特殊区域辅助系统记账（二线出区核减）。', 'C..30', false),
  field('invtNo', '海关接受申报生成的清单编号。', 'C..18', false),
  field('ieFlag', 'I-进口,E-出口', 'C1', true),
  field('declTime', '申报日期，以海关计算机系统接受清单申报数据时记录的日期为准。格式:YYYYMMDD。', 'C8', true, { format: 'date8' }),
  field('customsCode', '接受清单申报的海关关区代码，参照JGS/T 18《海关关区代码》。', 'C4', true),
  field('portCode', '商品实际进出我国关境口岸海关的关区代码，参照JGS/T 18《海关关区代码》。', 'C4', true),
  field('ieDate', '运载所申报商品的运输工具申报进境的日期，进口申报时无法确知相应的运输工具的实际进境日期时，免填。格式:YYYYMMDD', 'C8', false, { format: 'date8' }),
  field('buyerIdType', '1-身份证,2-其它。限定为身份证，填写“1”。', 'C1', true),
  field('buyerIdNumber', '订购人的身份证件号码。', 'C1..60', true),
  field('buyerName', '订购人的真实姓名。', 'C1..60', true),
  field('buyerTelephone', '订购人电话。', 'C1..30', true),
  field('consigneeAddress', '收件地址。', 'C1..200', true),
  field('agentCode', '申报单位的海关注册登记编号。', 'C1..18', true),
  field('agentName', '申报单位在海关注册登记的名称。', 'C1..100', true),
  field('areaCode', '保税模式必填，区内仓储企业的海关注册登记编号。', 'C..18', false),
  field('areaName', '保税模式必填，区内仓储企业在海关注册登记的名称。', 'C..100', false),
  field('tradeMode', '直购进口填写“9610”，保税进口填写“1210”。', 'C4', true),
  field('trafMode', '填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 运输方式代码。直购进口指跨境段物流运输方式，保税进口指二线出区物流运输方式。', 'C1', true),
  field('trafNo', '直购进口必填。货物进出境的运输工具的名称或运输工具编号。填报内容应与运输部门向海关申报的载货清单所列相应内容一致；同报关单填制规范。保税进口免填。', 'C..100', false),
  field('voyageNo', '直购进口必填。货物进出境的运输工具的航次编号。保税进口免填。', 'C..32', false),
  field('billNo', '直购进口必填。货物提单或运单的编号，保税进口免填。', 'C..37', false),
  field('loctNo', '针对同一申报地海关下有多个跨境电子商务的监管场所,需要填写区分', 'C..10', false),
  field('licenseNo', '商务主管部门及其授权发证机关签发的进出口货物许可证件的编号', 'C..19', false),
  field('country', '直购进口填写起始发出国家（地区）代码，参照《JGS-20 海关业务代码集》的国家（地区）代码表；保税进口填写代码“142”。', 'C3', true),
  field('freight', '物流企业实际收取的运输费用。', 'N19,5', true, { money: true }),
  field('insuredFee', '物流企业实际收取的商品保价费用。', 'N19,5', true, { money: true }),
  field('currency', '限定为人民币，填写“142”。', 'C3', true, { fixed: '142' }),
  field('wrapType', '海关对进出口货物实际采用的外部包装方式的标识代码，采用1 位数字表示，如：木箱、纸箱、桶装、散装、托盘、包、油罐车等', 'C1', false),
  field('packNo', '件数为包裹数量，限定为“1”。', 'N9', true),
  field('grossWeight', '货物及其包装材料的重量之和，计量单位为千克。', 'N19,5', true),
  field('netWeight', '货物的毛重减去外包装材料后的重量，即货物本身的实际重量，计量单位为千克。', 'N19,5', true),
  field('note', '备注', 'C..1000', false),
]);

/** `InventoryList` — 进口清单表体实体. */
export const importInventoryListSpec: RecordSpec = record('InventoryList', '进口清单表体实体', [
  field('gnum', '从1开始连续序号，与关联的电子订单表体序号一一对应。', 'N', true),
  field('itemRecordNo', '账册备案料号 保税模式必填', 'C..30', false),
  field('itemNo', '电商企业自定义的商品货号（SKU）。', 'C..20', false),
  field('itemName', '交易平台销售商品的中文名称。', 'C..250', false),
  field('gcode', '按商品分类编码规则确定的进出口商品的商品编号，分为商品编号和附加编号，其中商品编号栏应填报《中华人民共和国进出口税则》8位税则号列，附加编号应填报商品编号，附加编号第9、10位。', 'C10', true),
  field('gname', '商品名称应据实填报，与电子订单一致。', 'C1..250', true),
  field('gmodel', '满足海关归类、审价以及监管的要求为准。包括：品名、牌名、规格、型号、成份、含量、等级等。', 'C1..510', true),
  field('barCode', '商品条码一般由前缀部分、制造厂商代码、商品代码和校验码组成。没有条码填“无”', 'C..50', false),
  field('country', '原产国（地区），海关标准的参数代码 《JGS-20 海关业务代码集》 国家（地区）代码表填写代码。', 'C3', true),
  field('tradeCountry', '贸易国，按海关规定的《国别（地区）代码表》选择填报相应的贸易国（地区）代码。', 'C1..3', false),
  field('currency', '限定为人民币，填写“142”。', 'C3', true, { fixed: '142' }),
  field('qty', '数量，按成交计量单位的实际数量', 'N19,5', true),
  field('unit', '计量单位，海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码', 'C3', true),
  field('qty1', '法定数量，海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码', 'N19,5', true),
  field('unit1', '法定i计量单位,海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码', 'C3', true),
  field('qty2', '第二数量', 'N19,5', false),
  field('unit2', '第二计量单位,海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码', 'C3', false),
  field('price', '成交单价', 'N19,5', true),
  field('totalPrice', '成交总价', 'N19,5', true, { money: true }),
  field('note', '备注', 'C..1000', false),
]);

/** `CEB621Message` structure. */
export const ceb621Spec: MessageSpec = {
  kind: 'CEB621',
  root: 'CEB621Message',
  zh: '进口清单数据报文（电商企业或其代理人）',
  en: 'import inventory list',
  direction: 'import',
  role: 'declaration',
  body: [
    child('Inventory', 1, 100, group('Inventory', '', [
      child('InventoryHead', 1, 1, importInventoryHeadSpec),
      child('InventoryList', 1, 99, importInventoryListSpec),
    ])),
  ],
  envelope: 'import',
  signature: 'required',
};
