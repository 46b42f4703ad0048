/**
 * CEB505 — 物流运单数据报文（物流企业） (export waybill; export, declaration).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `Logistics` — 物流运单数据实体. */
export const logisticsSpec: RecordSpec = record('Logistics', '物流运单数据实体', [
  field('guid', '系统唯一序号-企业系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('appType', '报送类型-企业报送类型。1-新增 2-变更 3-删除。', 'C1', true, { format: 'appType' }),
  field('appTime', '报送时间-企业报送时间。格式:YYYYMMDDhhmmss。', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '报送状态-企业报送状态。1-暂存,2-申报。', 'C1', true, { format: 'appStatus' }),
  field('logisticsCode', '物流企业代码-物流企业的10位海关代码或者18位统一社会信用代码', 'C..18', true),
  field('logisticsName', '物流企业名称-物流企业的海关登记名称', 'C..100', true),
  field('logisticsNo', '物流运单编号-物流企业的运单包裹面单号（提运单号+运单编号形成唯一编号）', 'C..32', true),
  field('freight', '运费-货物运输费用', 'N19,5', true, { money: true }),
  field('insuredFee', '保价费-货物保险费用', 'N19,5', true, { money: true }),
  field('currency', '币制-海关标准的参数代码 《JGS-20 海关业务代码集》- 货币代码', 'C3', true),
  field('grossWeight', '毛重-单位为千克', 'N19,5', true),
  field('packNo', '件数-单个运单下包裹数', 'N9', true),
  field('goodsInfo', '主要货物信息-物流企业可验视的商品信息', 'C..200', true, { collapse: true }),
  field('ebcCode', '收发货人代码-电商企业的10位海关代码或者18位信用代码', 'C..18', false),
  field('ebcName', '收发货人名称-电商企业的海关备案名称（电子口岸校验名称）', 'C..100', false),
  field('ebcTelephone', '收发货人电话', 'C..50', false),
  field('note', '备注', 'C..1000', false),
]);

/** `CEB505Message` structure. */
export const ceb505Spec: MessageSpec = {
  kind: 'CEB505',
  root: 'CEB505Message',
  zh: '物流运单数据报文（物流企业）',
  en: 'export waybill',
  direction: 'export',
  role: 'declaration',
  body: [
    child('Logistics', 1, 100, logisticsSpec),
  ],
  envelope: 'export',
  signature: 'optional',
};
