/**
 * CEB605 — 撤销申请单数据 (export inventory list cancellation; export, declaration).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `InvtCancel` — 撤销申请单类. */
export const exportInvtCancelSpec: RecordSpec = record('InvtCancel', '撤销申请单类', [
  field('guid', '36位系统唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('appType', '申报类型:1-新增;2-变更;3-删除，默认为1', 'C1', true, { format: 'appType' }),
  field('appTime', '业务时间,格式:YYYYMMDDhhmmss', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '企业报送状态。1-暂存,2-申报。', 'C1', true, { format: 'appStatus' }),
  field('customsCode', '申报海关代码', 'C4', true),
  field('copNo', '企业内部生成标识清单的编号', 'C..30', true),
  field('preNo', '预录入编号-电子口岸标识单证的编号', 'C18', false),
  field('invtNo', '出境清单编号，海关审结生成标识清单的编号（4位关区+4位年+1位进出口标记+9位流水号）', 'C..20', true),
  field('reason', '原因', 'C..1000', true, { collapse: true }),
  field('agentCode', '申报单位代码,10位海关代码或者18位信用代码', 'C..18', true),
  field('agentName', '申报单位名称', 'C..100', true),
  field('ebcCode', '收发货人代码。 电商企业的10位海关代码或者18位信用代码。', 'C..18', true),
  field('ebcName', '收发货人名称。 电商企业的海关注册登记名称。', 'C..100', true),
  field('note', '备注', 'C..1000', false),
]);

/** `CEB605Message` structure. */
export const ceb605Spec: MessageSpec = {
  kind: 'CEB605',
  root: 'CEB605Message',
  zh: '撤销申请单数据',
  en: 'export inventory list cancellation',
  direction: 'export',
  role: 'declaration',
  body: [
    child('InvtCancel', 1, 100, exportInvtCancelSpec),
  ],
  envelope: 'export',
  signature: 'optional',
};
