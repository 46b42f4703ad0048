/**
 * CEB215 — 理货明细单（运抵）数据报文 (return tally list; export, declaration).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `InvtRefundDetail` — 理货明细单实体. */
export const invtRefundDetailSpec: RecordSpec = record('InvtRefundDetail', '理货明细单实体', [
  field('guid', '系统唯一序号-企业系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('appType', '报送类型-企业报送类型。1-新增 2-变更 3-删除。', 'C1', true, { format: 'appType' }),
  field('appTime', '报送时间-企业报送时间。格式:YYYYMMDDhhmmss。', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '报送状态-企业报送状态。1-暂存,2-申报。', 'C1', true, { format: 'appStatus' }),
  field('customsCode', '申报地海关代码-4位海关编号。《海关关区代码》', 'C4', true),
  field('operatorCode', '监管场所经营人在海关注册登记的编号，邮政运输用邮政物流企业', 'C..18', true),
  field('operatorName', '物流企业的海关注册登记编号或统一社会信用代码，可以与原物流企业一致，也可以是进境物流企业。', 'C..100', true),
  field('logisticsCode', '监管场所经营人在海关注册登记的名称，邮政运输用邮政物流企业', 'C..18', true),
  field('logisticsName', '物流企业的登记名称', 'C..100', true),
  field('logisticsNo', '物流企业运单的包裹面单号，可以与原出口原单号一致，也可以是进境运单号。', 'C..80', true),
  field('invtNo', '原出口清单号', 'C..20', false),
  field('coElNo', '企业内部标识单证的编号', 'C..20', true),
  field('preNo', '电子口岸标识单证的编号', 'C..18', false),
  field('billNo', '提单或总运单的编号，如无则填物流运单号。', 'C..37', true),
  field('ieFlag', 'I-进口,E-出口，出口退货填I', 'C1', true),
  field('trafMode', '海关标准的参数代码 《JGS-20 海关业务代码集》- 运输方式代码', 'C1', true),
  field('trafName', '货物进出境的运输工具的名称或运输工具编号。填报内容应与运输部门向海关申报的载货清单所列相应内容一致。', 'C..100', true),
  field('voyageNo', '货物进出境的运输工具的航次编号。', 'C..32', true),
  field('location', '卸货堆货的仓储位置', 'C..250', false),
  field('note', '备注', 'C..250', false),
]);

/** `CEB215Message` structure. */
export const ceb215Spec: MessageSpec = {
  kind: 'CEB215',
  root: 'CEB215Message',
  zh: '理货明细单（运抵）数据报文',
  en: 'return tally list',
  direction: 'export',
  role: 'declaration',
  body: [
    child('InvtRefundDetail', 1, 100, invtRefundDetailSpec),
  ],
  envelope: 'export',
  signature: 'optional',
};
