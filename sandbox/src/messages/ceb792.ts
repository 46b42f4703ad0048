/**
 * CEB792 — 汇总结果单数据报文 (summary result; export, receipt).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, group, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `SummaryResultHead` — 汇总结果单表头. */
export const summaryResultHeadSpec: RecordSpec = record('SummaryResultHead', '汇总结果单表头', [
  field('guid', '系统唯一序号-企业系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('customsCode', '申报地海关代码-4位海关编号。《海关关区代码》', 'C4', true),
  field('sumNo', '汇总申请编号-海关生成的汇总申请编号', 'C18', true),
  field('opDate', '汇总处理时间-汇总处理时间，格式:YYYYMMDDhhmmssfff。', 'C17', true, { format: 'datetime17' }),
  field('declSeqNo', '汇总统一编号-海关生成唯一对应报关单', 'C18', true),
  field('decTmpNo', '报关单暂存编号-电子口岸报关单暂存编号', 'C18', false),
  field('decPreNo', '报关单预录入编号-电子口岸报关单预录入编号', 'C18', false),
  field('entryId', '报关单编号-海关生成的报关单编号', 'C18', false),
  field('decState', '报关单状态-报关单状态（具体返回值由海关确定）', 'C1..3', true),
  field('agentCode', '申报企业代码-申报单位的海关登记编号', 'C..18', true),
  field('agentName', '申报企业名称-申报单位的海关登记名称', 'C..100', true),
  field('ebcCode', '收发货人代码-收发货人（电商企业）的10位海关代码或者18位信用代码', 'C..18', true),
  field('ebcName', '收发货人名称-收发货人（电商企业）的海关备案名称', 'C..100', true),
  field('declAgentCode', '报关单位代码-后续报关单申报单位的海关注册登记编号或统一社会信用代码', 'C..18', true),
  field('declAgentName', '报关单位名称-后续报关单申报单位的登记名称', 'C..100', true),
  field('grossWeight', '毛重（公斤）-货物及其包装材料的重量之和，计量单位为千克', 'N19,5', true),
  field('netWeight', '净重（公斤）-货物的毛重减去外包装材料后的重量，即货物本身的实际重量，计量单位为千克', 'N19,5', true),
  field('msgCount', '报文总数-拆分后的报文总数。未拆分的不填，拆分的填实际数量。', 'N9', true),
  field('msgSeqNo', '报文序号-当前报文序号，以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。', 'N9', true),
  field('note', '备注', 'C..1000', false),
]);

/** `SummaryResultList` — 汇总结果单表体(允许可空). */
export const summaryResultListSpec: RecordSpec = record('SummaryResultList', '汇总结果单表体(允许可空)', [
  field('invtNo', '清单编号', 'C..20', true),
  field('logisticsNo', '物流运单编号', 'C..32', true),
  field('gseqno', '汇总结果单的顺序号', 'N5', true),
  field('gnum', '清单商品项的序号', 'N5', true),
  field('gcode', '清单商品编码', 'C10', true),
]);

/** `CEB792Message` structure. */
export const ceb792Spec: MessageSpec = {
  kind: 'CEB792',
  root: 'CEB792Message',
  zh: '汇总结果单数据报文',
  en: 'summary result',
  direction: 'export',
  role: 'receipt',
  body: [
    child('SummaryResult', 1, 100, group('SummaryResult', '汇总结果单数据实体', [
      child('SummaryResultHead', 1, 1, summaryResultHeadSpec),
      child('SummaryResultList', 0, Infinity, summaryResultListSpec),
    ])),
  ],
  envelope: 'none',
  signature: 'none',
};
