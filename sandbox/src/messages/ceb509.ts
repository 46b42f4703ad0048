/**
 * CEB509 — 物流离境单数据 (departure report; export, declaration).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, group, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `DepartureHead` — 物流离境单表头数据. */
export const departureHeadSpec: RecordSpec = record('DepartureHead', '物流离境单表头数据', [
  field('guid', '36位系统唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('appType', '申报类型:1-新增;2-变更;3-删除，默认为1', 'C1', true, { format: 'appType' }),
  field('appTime', '业务时间,格式:YYYYMMDDhhmmss', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '企业报送状态-企业报送状态。1-暂存,2-申报。', 'C1', true, { format: 'appStatus' }),
  field('customsCode', '办理通关手续的4位海关编号', 'C4', true),
  field('copNo', '企业唯一编号', 'C..30', true),
  field('preNo', '预录入编号-电子口岸标识单证的编号', 'C18', false),
  field('logisticsCode', '物流企业代码,10位海关代码或者18位信用代码', 'C..18', true),
  field('logisticsName', '物流企业名称', 'C..100', true),
  field('trafMode', '运输方式', 'C1', true, { collapse: true }),
  field('trafName', '运输工具名称', 'C..100', false),
  field('voyageNo', '航班航次号', 'C..32', false),
  field('billNo', '提运单号,物流企业提供', 'C..37', false),
  field('leaveTime', '离境时间', 'C14', true, { format: 'datetime14' }),
  field('msgCount', '报文总数-拆分后的报文总数。未拆分的不填，拆分的填实际数量。', 'N9', true),
  field('msgSeqNo', '报文序号-当前报文序号，以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。', 'N9', true),
  field('note', '备注', 'C..1000', false),
]);

/** `DepartureList` — 物流离境单表体类. */
export const departureListSpec: RecordSpec = record('DepartureList', '物流离境单表体类', [
  field('gnum', '序号', 'N5', true),
  field('totalPackageNo', '总包号', 'C..37', false),
  field('logisticsNo', '物流运单号', 'C..32', true),
  field('note', '备注', 'C..1000', false),
]);

/** `CEB509Message` structure. */
export const ceb509Spec: MessageSpec = {
  kind: 'CEB509',
  root: 'CEB509Message',
  zh: '物流离境单数据',
  en: 'departure report',
  direction: 'export',
  role: 'declaration',
  body: [
    child('Departure', 1, 100, group('Departure', '物流离境单数据', [
      child('DepartureHead', 1, 1, departureHeadSpec),
      child('DepartureList', 1, Infinity, departureListSpec),
    ])),
  ],
  envelope: 'export',
  signature: 'optional',
};
