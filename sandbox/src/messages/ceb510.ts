/**
 * CEB510 — 物流离境单回执 (departure report receipt; export, receipt).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `DepartureReturn` — 物流离境回执类. */
export const departureReturnSpec: RecordSpec = record('DepartureReturn', '物流离境回执类', [
  field('guid', '36位系统唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('logisticsCode', '物流企业代码,10位海关代码或者18位信用代码', 'C..18', true),
  field('copNo', '企业唯一编号', 'C..30', true),
  field('preNo', '预录入编号-电子口岸标识单证的编号', 'C18', true),
  field('msgSeqNo', '报文序号-当前报文序号，以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。', 'N9', true),
  field('returnStatus', '回执状态', 'C1..10', true),
  field('returnTime', '回执时间,格式YYYYMMDDhhmmssfff', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '回执信息（如:退单原因）', 'C..1000', true),
]);

/** `CEB510Message` structure. */
export const ceb510Spec: MessageSpec = {
  kind: 'CEB510',
  root: 'CEB510Message',
  zh: '物流离境单回执',
  en: 'departure report receipt',
  direction: 'export',
  role: 'receipt',
  body: [
    child('DepartureReturn', 1, 100, departureReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
