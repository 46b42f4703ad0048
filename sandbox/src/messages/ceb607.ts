/**
 * CEB607 — 清单总分单数据 (inventory master bill list; export, declaration).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, group, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `WayBillHead` — 清单总分单数据. */
export const wayBillHeadSpec: RecordSpec = record('WayBillHead', '清单总分单数据', [
  field('guid', '36位系统唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('appType', '申报类型:1-新增;2-变更;3-删除，默认为1', 'C1', true, { format: 'appType' }),
  field('appTime', '业务时间,格式:YYYYMMDDhhmmss', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '企业报送状态。1-暂存,2-申报,默认为1。填写2时需要业务加签申报即Signature节点必须填写.', 'C1', true, { format: 'appStatus' }),
  field('customsCode', '申报海关代码,办理通关手续的4位海关编号', 'C4', true),
  field('copNo', '企业唯一编号-企业生成标识唯一编号', 'C..30', true),
  field('preNo', '预录入编号-电子口岸标识单证的编号', 'C18', false),
  field('agentCode', '申报企业代码-申报单位的海关注册登记编号或统一社会信用代码', 'C..18', true),
  field('agentName', '申报企业名称', 'C..100', true),
  field('loctNo', '监管场所代码', 'C..10', false),
  field('trafMode', '运输方式代码,海关参数代码', 'C1', true, { collapse: true }),
  field('trafName', '运输工具名称', 'C..100', true, { collapse: true }),
  field('voyageNo', '航班航次号,物流企业提供', 'C..32', true, { collapse: true }),
  field('billNo', '提运单号,物流企业提供', 'C..37', true),
  field('domesticTrafNo', '境内运输工具编号 运往海关监管场所的运输工具编号，例如车牌号', 'C..100', false),
  field('grossWeight', '毛重（千克）', 'N19,5', true),
  field('logisticsCode', '物流企业代码,10位海关代码或者18位信用代码', 'C..18', true),
  field('logisticsName', '物流企业名称', 'C..100', true),
  field('msgCount', '拆分后的报文数 未拆分的不填，拆分的填实际数量。', 'N9', true),
  field('msgSeqNo', '报文序号 以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。', 'N9', true),
  field('note', '备注', 'C..1000', false),
]);

/** `WayBillList` — 提运单表体项类. */
export const wayBillListSpec: RecordSpec = record('WayBillList', '提运单表体项类', [
  field('gnum', '项号,从1开始连续序号', 'N5', true),
  field('totalPackageNo', '总包号。 物流企业对于一个提运单下含有多个大包的托盘编号（邮件为邮袋号）。', 'C..60', false),
  field('logisticsNo', '物流运单编号', 'C..32', true),
  field('invtNo', '原出口清单编号', 'C..20', false),
  field('note', '备注', 'C..1000', false),
]);

/** `CEB607Message` structure. */
export const ceb607Spec: MessageSpec = {
  kind: 'CEB607',
  root: 'CEB607Message',
  zh: '清单总分单数据',
  en: 'inventory master bill list',
  direction: 'export',
  role: 'declaration',
  body: [
    child('WayBill', 1, 100, group('WayBill', '清单总分单', [
      child('WayBillHead', 1, 1, wayBillHeadSpec),
      child('WayBillList', 1, Infinity, wayBillListSpec),
    ])),
  ],
  envelope: 'export',
  signature: 'optional',
};
