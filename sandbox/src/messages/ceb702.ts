/**
 * CEB702 — 汇总申请单回执报文 (summary application receipt; export, receipt).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `SummaryReturn` — 汇总申请单回执实体. */
export const summaryReturnSpec: RecordSpec = record('SummaryReturn', '汇总申请单回执实体', [
  field('guid', '系统唯一序号-电子口岸生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('agentCode', '申报企业代码-申报单位的10位海关代码或者18位信用代码', 'C..18', true),
  field('ebcCode', '收发货人代码-电商企业的10位海关代码或者18位信用代码', 'C..18', true),
  field('copNo', '企业唯一编号-企业生成标识唯一编号', 'C..30', true),
  field('preNo', '预录入编号-电子口岸标识单证的编号', 'C18', true),
  field('sumNo', '汇总申请编号-海关反馈生成的汇总申请编号', 'C18', false),
  field('msgSeqNo', '报文序号-当前报文序号。以1开始的报文顺序号，未拆分的不填，拆分的报文需要连续编号，不得跳号。', 'N9', true),
  field('returnStatus', '回执状态-操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执', 'C1..10', true),
  field('returnTime', '回执时间-操作时间(格式:yyyyMMddHHmmssfff)', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '回执信息-备注（如不通过原因）', 'C..1000', true),
]);

/** `CEB702Message` structure. */
export const ceb702Spec: MessageSpec = {
  kind: 'CEB702',
  root: 'CEB702Message',
  zh: '汇总申请单回执报文',
  en: 'summary application receipt',
  direction: 'export',
  role: 'receipt',
  body: [
    child('SummaryReturn', 1, 100, summaryReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
