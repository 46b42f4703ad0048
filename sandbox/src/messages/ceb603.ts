/**
 * CEB603 — 申报清单数据 (export inventory list; export, declaration).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, group, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `InventoryHead` — 出口清单表头类. */
export const exportInventoryHeadSpec: RecordSpec = record('InventoryHead', '出口清单表头类', [
  field('guid', '36位系统唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('appType', '申报类型:1-新增;2-变更;3-删除，默认为1', 'C1', true, { format: 'appType' }),
  field('appTime', '业务时间,格式:YYYYMMDDhhmmss', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '企业报送状态。1-暂存,2-申报。', 'C1', true, { format: 'appStatus' }),
  field('customsCode', '申报海关代码,办理通关手续的4位海关编号', 'C4', true),
  field('ebpCode', '电商平台的海关登记编号', 'C..18', true),
  field('ebpName', '电商平台名称', 'C0..100', true),
  field('orderNo', '订单编号,电商平台原始订单编号', 'C..60', true),
  field('logisticsCode', '物流企业代码,10位海关代码或者18位信用代码', 'C..18', true),
  field('logisticsName', '物流企业名称', 'C0..100', true),
  field('logisticsNo', '物流运单编号', 'C..32', true),
  field('copNo', '企业唯一编号', 'C..30', true),
  field('preNo', '预录入编号-电子口岸标识单证的编号', 'C18', false),
  field('invtNo', '清单编号', 'C..20', false),
  field('ieFlag', '进出口标志,I/E标志', 'C1', true),
  field('portCode', '出口口岸海关代码,海关参数代码', 'C4', true),
  field('ieDate', '出口日期 YYYYMMDD', 'C8', true, { format: 'date8' }),
  field('statisticsFlag', '申报业务类型：A-简化申报;B-汇总申报；若采用A简化申报，则要求商品不涉许可证、不涉出口关税、不涉及出口退税。同时商品编码按税则表前4位填写', 'C1', true),
  field('agentCode', '报关企业代码 10位海关代码或者18位信用代码', 'C..18', true),
  field('agentName', '报关企业名称', 'C0..100', true),
  field('ebcCode', '收发货人代码。 10位海关代码或者18位信用代码', 'C0..18', true),
  field('ebcName', '收发货人名称。 电商企业的海关注册登记名称。', 'C0..100', true),
  field('ownerCode', '生产销售单位代码。 实际发货人的企业的10位海关代码或者18位信用代码', 'C..18', true),
  field('ownerName', '生产销售单位名称。 实际发货人的企业名称。', 'C..100', true),
  field('iacCode', '区内企业代码 特殊区域模式必填', 'C..18', false),
  field('iacName', '特殊区域内仓储企业代码，特殊区域出口模式必填', 'C..100', false),
  field('emsNo', '账册编号', 'C..30', false),
  field('tradeMode', '贸易方式 一般出口为9610,特殊区域出口为1210/1239', 'C4', true),
  field('trafMode', '运输方式代码 海关参数代码', 'C1', true, { collapse: true }),
  field('trafName', '运输工具名称。', 'C..100', false),
  field('voyageNo', '航班航次号,物流企业提供', 'C..32', false),
  field('billNo', '提运单号,物流企业提供', 'C..37', false),
  field('totalPackageNo', '总包号。 物流企业对于一个提运单下含有多个大包的托盘编号（邮件为邮袋号）。', 'C..37', false),
  field('loctNo', '监管场所代码', 'C..10', false),
  field('licenseNo', '许可证号', 'C..19', false),
  field('country', '运抵国（地区）,海关参数代码', 'C3', true),
  field('POD', '指运港代码 海关参数代码', 'C3..4', true, { collapse: true }),
  field('freight', '运费', 'N19,5', true, { money: true }),
  field('fCurrency', '运费币制 海关参数代码', 'C3', true),
  field('fFlag', '运费标志 海关参数代码 3-总价', 'C1', true, { fixed: '3' }),
  field('insuredFee', '保费', 'N19,5', true, { money: true }),
  field('iCurrency', '保费币制 海关参数代码', 'C3', true),
  field('iFlag', '保费标志 海关参数代码 3-总价', 'C1', true, { fixed: '3' }),
  field('wrapType', '包装种类代码', 'C1', true, { collapse: true }),
  field('packNo', '件数(包裹数)', 'N9', true),
  field('grossWeight', '毛重（千克）', 'N19,5', true),
  field('netWeight', '净重（千克）', 'N19,5', true),
  field('note', '备注', 'C..1000', false),
]);

/** `InventoryList` — 出口清单表体项类. */
export const exportInventoryListSpec: RecordSpec = record('InventoryList', '出口清单表体项类', [
  field('gnum', '商品项号,从1开始连续序号', 'N5', true),
  field('itemNo', '企业商品编号', 'C..20', true),
  field('itemRecordNo', '保税出口模式必填', 'C..30', false),
  field('itemName', '企业自定义的商品名称，汇总后用于退税品名', 'C..250', false),
  field('gcode', '海关商品编码（10位）', 'C10', true),
  field('gname', '商品名称', 'C..250', true),
  field('gmodel', '规格型号', 'C..250', true, { collapse: true }),
  field('barCode', '条形码', 'C..50', true, { collapse: true }),
  field('country', '最终目的国（地区）代码', 'C3', true),
  field('currency', '币制代码', 'C3', true),
  field('qty', '申报数量', 'N19,5', true),
  field('qty1', '法定数量', 'N19,5', true),
  field('qty2', '第二数量', 'N19,5', false),
  field('unit', '申报计量单位,海关参数代码', 'C3', true),
  field('unit1', '法定计量单位,海关参数代码', 'C3', true),
  field('unit2', '第二计量单位,海关参数代码', 'C..3', false),
  field('price', '单价', 'N19,5', true),
  field('totalPrice', '总价', 'N19,5', true, { money: true }),
  field('note', '备注', 'C..1000', false),
]);

/** `CEB603Message` structure. */
export const ceb603Spec: MessageSpec = {
  kind: 'CEB603',
  root: 'CEB603Message',
  zh: '申报清单数据',
  en: 'export inventory list',
  direction: 'export',
  role: 'declaration',
  body: [
    child('Inventory', 1, 100, group('Inventory', '出口清单类', [
      child('InventoryHead', 1, 1, exportInventoryHeadSpec),
      child('InventoryList', 1, 100, exportInventoryListSpec),
    ])),
  ],
  envelope: 'export',
  signature: 'optional',
};
