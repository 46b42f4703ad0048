/**
 * CEB622 — 进口清单回执报文（电商企业或其代理人） (import inventory list receipt; import, receipt).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `InventoryReturn` — 进口清单回执实体. */
export const importInventoryReturnSpec: RecordSpec = record('InventoryReturn', '进口清单回执实体', [
  field('guid', '电子口岸生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('customsCode', '申报口岸', 'C4', false),
  field('ebpCode', '电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。', 'C1..18', false),
  field('ebcCode', '电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。', 'C1..18', false),
  field('agentCode', '申报单位代码,10位海关代码或者18位信用代码(兼容考虑，暂设为选填)', 'C1..18', false),
  field('copNo', '企业内部标识单证的编号', 'C1..20', true),
  field('preNo', '电子口岸标识单证的编号', 'C18', true),
  field('invtNo', '海关审核反馈清单的编号', 'C18', false),
  field('returnStatus', '操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/300人工审核/399海关审结/800放行/899结关/500查验/501扣留移送通关/502扣留移送缉私/503扣留移送法规/599其它扣留/700退运）,若小于0数字表示处理异常回执', 'C1..10', true),
  field('returnTime', '操作时间(格式:YYYYMMDDhhmmssSSS)', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '回执信息（如:退单原因）', 'C1..1000', true),
]);

/** `CEB622Message` structure. */
export const ceb622Spec: MessageSpec = {
  kind: 'CEB622',
  root: 'CEB622Message',
  zh: '进口清单回执报文（电商企业或其代理人）',
  en: 'import inventory list receipt',
  direction: 'import',
  role: 'receipt',
  body: [
    child('InventoryReturn', 1, 100, importInventoryReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
