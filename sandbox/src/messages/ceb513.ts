/**
 * CEB513 — 物流运单状态数据报文（物流企业） (waybill status; import, declaration).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `LogisticsStatus` — 物流运单状态数据实体. */
export const logisticsStatusSpec: RecordSpec = record('LogisticsStatus', '物流运单状态数据实体', [
  field('guid', '企业系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('appType', '企业报送类型。1-新增 2-变更 3-删除。默认为1。', 'C1', true, { format: 'appType' }),
  field('appTime', '企业报送时间。格式:YYYYMMDDhhmmss。mss', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '业务状态:1-暂存,2-申报,默认为2。', 'C1..3', true, { format: 'appStatus' }),
  field('logisticsCode', '物流企业的海关注册登记编号。', 'C1..18', true),
  field('logisticsName', '物流企业在海关注册登记的名称。', 'C1..100', true),
  field('logisticsNo', '物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。', 'C1..60', true),
  field('logisticsStatus', '物流签收状态，限定S', 'C1', true),
  field('logisticsTime', '物流状态发生的实际时间。格式:YYYYMMDDhhmmss。', 'C14', true, { format: 'datetime14' }),
  field('note', '备注', 'C..1000', false),
]);

/** `CEB513Message` structure. */
export const ceb513Spec: MessageSpec = {
  kind: 'CEB513',
  root: 'CEB513Message',
  zh: '物流运单状态数据报文（物流企业）',
  en: 'waybill status',
  direction: 'import',
  role: 'declaration',
  body: [
    child('LogisticsStatus', 1, 100, logisticsStatusSpec),
  ],
  envelope: 'import',
  signature: 'optional',
};
