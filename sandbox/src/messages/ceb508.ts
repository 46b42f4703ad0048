/**
 * CEB508 — 物流运抵单回执报文 (arrival report receipt; export, receipt).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `ArrivalReturn` — 物流运抵单回执实体. */
export const arrivalReturnSpec: RecordSpec = record('ArrivalReturn', '物流运抵单回执实体', [
  field('guid', '系统唯一序号-电子口岸生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('operatorCode', '监管场所经营人代码-监管场所经营人在海关注册登记的编号', 'C..18', true),
  field('logisticsCode', '物流企业代码-物流企业的海关注册登记编号', 'C..18', true),
  field('preNo', '预录入编号-电子口岸标识单证的编号', 'C18', true),
  field('copNo', '企业唯一编号-企业唯一标识单证的编号', 'C..30', true),
  field('billNo', '提运单号-提单或总运单的编号', 'C..37', true),
  field('msgSeqNo', '报文序号-当前报文序号，以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。', 'N9', true),
  field('returnStatus', '回执状态-操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执', 'C1..10', true),
  field('returnTime', '回执时间-操作时间(格式:yyyyMMddHHmmssfff)', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '回执信息（如:退单原因）', 'C..1000', true),
]);

/** `CEB508Message` structure. */
export const ceb508Spec: MessageSpec = {
  kind: 'CEB508',
  root: 'CEB508Message',
  zh: '物流运抵单回执报文',
  en: 'arrival report receipt',
  direction: 'export',
  role: 'receipt',
  body: [
    child('ArrivalReturn', 1, 100, arrivalReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
