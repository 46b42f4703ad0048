/**
 * CEB608 — 清单总分单回执 (inventory master bill list receipt; export, receipt).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `WayBillReturn` — 清单总分单回执. */
export const wayBillReturnSpec: RecordSpec = record('WayBillReturn', '清单总分单回执', [
  field('guid', '36位系统唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('agentCode', '申报企业代码-10位海关代码或者18位信用代码', 'C..18', true),
  field('logisticsCode', '物流企业代码,10位海关代码或者18位信用代码', 'C..18', true),
  field('copNo', '企业生成标识唯一编号', 'C..30', true),
  field('preNo', '预录入编号-电子口岸标识单证的编号', 'C18', true),
  field('billNo', '提运单号,提单或总运单的编号', 'C..37', true),
  field('msgSeqNo', '报文序号-当前报文序号。以1开始的报文顺序号，未拆分的不填，拆分的报文需要连续编号，不得跳号。', 'N9', true),
  field('returnStatus', '操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执', 'C1..10', true),
  field('returnTime', '回执时间,格式YYYYMMDDhhmmssfff', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '回执信息（如:退单原因）', 'C..1000', true),
]);

/** `CEB608Message` structure. */
export const ceb608Spec: MessageSpec = {
  kind: 'CEB608',
  root: 'CEB608Message',
  zh: '清单总分单回执',
  en: 'inventory master bill list receipt',
  direction: 'export',
  role: 'receipt',
  body: [
    child('WayBillReturn', 1, 100, wayBillReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
