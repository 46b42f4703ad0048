/**
 * CEB213 — 退货申请单数据报文（电商企业） (export return application; export, declaration).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, group, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `InvtRefundHead` — 退货申请单表头. */
export const exportInvtRefundHeadSpec: RecordSpec = record('InvtRefundHead', '退货申请单表头', [
  field('guid', '系统唯一序号-企业系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('appType', '报送类型-企业报送类型。1-新增 2-变更 3-删除。', 'C1', true, { format: 'appType' }),
  field('appTime', '报送时间-企业报送时间。格式:YYYYMMDDhhmmss。', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '报送状态-企业报送状态。1-暂存,2-申报。', 'C1', true, { format: 'appStatus' }),
  field('customsCode', '4位海关编号。《海关关区代码》', 'C4', true),
  field('loctNo', '同一申报地海关下有多个跨境电子商务的监管场所,需要填写区分。', 'C..10', false),
  field('ebpCode', '电商平台代码-电商平台的海关注册登记编号', 'C..18', true),
  field('ebpName', '电商平台名称-电商平台的海关注册登记名称', 'C..100', true),
  field('ebcCode', '电商企业代码-电商企业的海关注册登记编号(10位海关编码或18位统一社会信用代码)', 'C..18', true),
  field('ebcName', '电商企业名称-电商企业的海关注册登记名称，对应清单的收发货人', 'C..100', true),
  field('logisticsNo', '物流企业运单的包裹面单号，同一物流企业的运单编号在6个月内不重复，可以与原出口运单号一致，也可以是进境运单号', 'C..80', true),
  field('logisticsCode', '物流企业的海关注册登记编号或统一社会信用代码，可以与原物流企业一致，也可以是进境物流企业。', 'C..18', true),
  field('logisticsName', '物流企业的登记名称', 'C..100', true),
  field('coElNo', '企业生成标识唯一编号', 'C..30', true),
  field('preNo', '电子口岸标识唯一编号（B+8位年月日+9位流水号）', 'C..18', false),
  field('invtNo', '原出口清单号', 'C..20', true),
  field('tradeMode', '贸易方式 一般出口为9610,特殊区域出口为1210/1239', 'C4', false),
  field('agentCode', '申报单位的海关登记编号，可以与原申报企业一致，也可以是进境申报企业。', 'C..18', true),
  field('agentName', '申报单位的海关登记名称', 'C..100', true),
  field('billNo', '提单或总运单的编号，如无则填写物流运单号', 'C..37', true),
  field('ieFlag', 'I-进口,E-出口,出口退货填写I。', 'C..1', true),
  field('trafMode', '海关标准的参数代码 《JGS-20 海关业务代码集》- 运输方式代码', 'C..1', true),
  field('trafName', '货物进出境的运输工具的名称或运输工具编号。填报内容应与运输部门向海关申报的载货清单所列相应内容一致。', 'C..100', true),
  field('portCode', '商品实际出我国关境口岸海关的关区代码 JGS/T 18《海关关区代码》', 'C..4', true),
  field('reason', '退货原因', 'C..500', true),
  field('country', '参照《JGS-20 海关业务代码集》的国家（地区）代码表，不能为中国', 'C..3', true),
  field('voyageNo', '货物进出境的运输工具的航次编号。', 'C..32', true),
  field('note', '备注', 'C..500', false),
]);

/** `InvtRefundList` — 退货申请单商品表体. */
export const exportInvtRefundListSpec: RecordSpec = record('InvtRefundList', '退货申请单商品表体', [
  field('gnum', '对应原申报清单表体项号（退货项序号）', 'N4', true),
  field('gcode', '与原申报清单一致', 'C..10', true),
  field('gname', '与原申报清单一致', 'C..250', true),
  field('gmodel', '与原申报清单一致。', 'C..250', true),
  field('qty', '不大于原申报清单申报数量，', 'N19,5', true),
  field('qty1', '不大于原清单法定第一数量', 'N19,5', true),
  field('unit', '与原申报清单保持一致。', 'C3', true),
  field('unit1', '海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码，与原申报清单保持一致。', 'C3', true),
  field('qty2', '不大于原申报清单法定第二数量', 'N19,5', false),
  field('unit2', '海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码，与原申报清单保持一致。', 'C3', false),
  field('note', '备注', 'C..500', false),
]);

/** `CEB213Message` structure. */
export const ceb213Spec: MessageSpec = {
  kind: 'CEB213',
  root: 'CEB213Message',
  zh: '退货申请单数据报文（电商企业）',
  en: 'export return application',
  direction: 'export',
  role: 'declaration',
  body: [
    child('InvtRefund', 1, 100, group('InvtRefund', '退货申请单数据实体', [
      child('InvtRefundHead', 1, 1, exportInvtRefundHeadSpec),
      child('InvtRefundList', 1, 100, exportInvtRefundListSpec),
    ])),
  ],
  envelope: 'export',
  signature: 'optional',
};
