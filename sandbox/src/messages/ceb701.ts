/**
 * CEB701 — 汇总申请单数据报文 (summary application; export, declaration).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, group, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `SummaryApplyHead` — 汇总申请单表头. */
export const summaryApplyHeadSpec: RecordSpec = record('SummaryApplyHead', '汇总申请单表头', [
  field('guid', '系统唯一序号-企业系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('appType', '报送类型-企业报送类型。1-新增 2-变更 3-删除。', 'C1', true, { format: 'appType' }),
  field('appTime', '报送时间-企业报送时间。格式:YYYYMMDDhhmmss。', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '报送状态-企业报送状态。1-暂存,2-申报。', 'C1', true, { format: 'appStatus' }),
  field('customsCode', '申报地海关代码-4位海关编号。《海关关区代码》', 'C4', true),
  field('copNo', '企业生成标识唯一编号', 'C..30', true),
  field('preNo', '预录入编号-电子口岸标识单证的编号', 'C..18', false),
  field('sumNo', '汇总申请编号-海关反馈生成的汇总申请编号', 'C..18', false),
  field('agentCode', '申报单位代码-申报单位的10位海关代码或者18位信用代码', 'C..18', true),
  field('agentName', '申报单位名称-申报单位的海关备案名称', 'C..100', true),
  field('ebcCode', '收发货人代码-电商企业的10位海关代码或者18位信用代码', 'C..18', true),
  field('ebcName', '收发货人名称-电商企业的海关备案名称', 'C..100', true),
  field('declAgentCode', '报关单位代码-报关单申报单位的10位海关代码或者18位信用代码', 'C..18', true),
  field('declAgentName', '报关单位名称-报关单申报单位的海关备案名称', 'C..100', true),
  field('startTime', '汇总开始时间-汇总指定时间范围的清单，格式:YYYYMMDDhhmmss。填写须成对，结束时间须大于等于开始时间。如指定时间范围将忽略表体数据。', 'C14', false, { format: 'datetime14' }),
  field('endTime', '汇总开始时间-汇总指定时间范围的清单，格式:YYYYMMDDhhmmss。填写须成对，结束时间须大于等于开始时间。如指定时间范围将忽略表体数据。', 'C14', false, { format: 'datetime14' }),
  field('loctNo', '监管场所代码-针对同一申报地海关下有多个跨境电子商务的监管场所,需要填写区分', 'C..10', false),
  field('summaryFlag', '收发货人汇总标志-汇总标志 1:按收发货人单一汇总，2:按收发货人和生产销售单位汇总', 'C1', true),
  field('itemNameFlag', '按商品名汇总标志-按企业商品名汇总标志,填1,按清单原始商品名相同汇总，不填则按商品综合分类名汇总', 'C1', true),
  field('msgCount', '报文总数-拆分后的报文总数。未拆分的不填，拆分的填实际数量。', 'N9', true),
  field('msgSeqNo', '报文序号-当前报文序号。以1开始的报文顺序号，未拆分的不填，拆分的报文需要连续编号，不得跳号。', 'N9', true),
  field('note', '备注', 'C..1000', false),
]);

/** `SummaryApplyList` — 汇总申请单数据表体. */
export const summaryApplyListSpec: RecordSpec = record('SummaryApplyList', '汇总申请单数据表体', [
  field('invtNo', '清单编号', 'C..20', true),
]);

/** `CEB701Message` structure. */
export const ceb701Spec: MessageSpec = {
  kind: 'CEB701',
  root: 'CEB701Message',
  zh: '汇总申请单数据报文',
  en: 'summary application',
  direction: 'export',
  role: 'declaration',
  body: [
    child('SummaryApply', 1, 100, group('SummaryApply', '汇总申请单数据实体', [
      child('SummaryApplyHead', 1, 1, summaryApplyHeadSpec),
      child('SummaryApplyList', 0, Infinity, summaryApplyListSpec),
    ])),
  ],
  envelope: 'export',
  signature: 'optional',
};
