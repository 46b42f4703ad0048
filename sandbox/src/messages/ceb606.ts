/**
 * CEB606 — 撤销申请单回执 (export inventory list cancellation receipt; export, receipt).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `InvtCancelReturn` — 撤销申请单回执类. */
export const exportInvtCancelReturnSpec: RecordSpec = record('InvtCancelReturn', '撤销申请单回执类', [
  field('guid', '36位系统唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('agentCode', '申报企业代码', 'C..18', true),
  field('copNo', '企业内部生成标识清单的编号', 'C..30', true),
  field('preNo', '预录入编号-电子口岸标识单证的编号', 'C18', true),
  field('invtNo', '出境清单编号,海关审结生成标识清单的编号（4位关区+4位年+1位进出口标记+9位流水号）', 'C..20', true),
  field('returnStatus', '操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/399海关审结等）,若小于0数字表示处理异常回执', 'C1..10', true),
  field('returnTime', '回执时间,格式YYYYMMDDhhmmssfff', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '回执信息（如:退单原因）', 'C..1000', true),
]);

/** `CEB606Message` structure. */
export const ceb606Spec: MessageSpec = {
  kind: 'CEB606',
  root: 'CEB606Message',
  zh: '撤销申请单回执',
  en: 'export inventory list cancellation receipt',
  direction: 'export',
  role: 'receipt',
  body: [
    child('InvtCancelReturn', 1, 100, exportInvtCancelReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
