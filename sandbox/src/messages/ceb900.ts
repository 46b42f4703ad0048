/**
 * CEB900 — 报文格式校验回执报文 (format check error receipt; import, receipt).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `MessageReturn` — 报文格式校验回执实体. */
export const messageReturnSpec: RecordSpec = record('MessageReturn', '报文格式校验回执实体', [
  field('guid', '36位唯一序号', 'C36', true, { format: 'guid' }),
  field('returnStatus', '小于0数字表示报文格式校验异常。', 'C1..10', true),
  field('returnInfo', '回执详细信息', 'C0..5000', true),
  field('returnTime', '操作时间(格式:YYYYMMDDhhmmssSSS)', 'C17', true, { format: 'datetime17' }),
  field('oriCopMsgId', '原始传输报文的copMsgId', 'C0..255', true),
  field('oriMessageType', '原始报文的报文类型，如CEB311Message，未知类型为Unknown', 'C0..15', true),
  field('oriBizMessage', '', 'C0..', true),
]);

/** `CEB900Message` structure. */
export const ceb900Spec: MessageSpec = {
  kind: 'CEB900',
  root: 'CEB900Message',
  zh: '报文格式校验回执报文',
  en: 'format check error receipt',
  direction: 'import',
  role: 'receipt',
  body: [
    child('MessageReturn', 1, 1, messageReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
