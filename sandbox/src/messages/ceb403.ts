/**
 * CEB403 — 收款单数据报文（支付企业） (collection slip; export, declaration).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `Receipts` — 收款单数据实体. */
export const receiptsSpec: RecordSpec = record('Receipts', '收款单数据实体', [
  field('guid', '系统唯一序号-企业系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('appType', '报送类型-企业报送类型。1-新增 2-变更 3-删除。', 'C1', true, { format: 'appType' }),
  field('appTime', '报送时间-企业报送时间。格式:YYYYMMDDhhmmss。', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '报送状态-企业报送状态。1-暂存,2-申报。', 'C1', true, { format: 'appStatus' }),
  field('ebpCode', '电商平台代码-电商企业的海关注册登记编号或统一社会信用代码,，对应清单的收发货人。', 'C..18', true),
  field('ebpName', '电商平台名称-电商企业的海关注册登记编号或统一社会信用代码,，对应清单的收发货人。', 'C..100', true),
  field('ebcCode', '电商企业代码-电商企业的海关注册登记编号(10位海关编码或18位统一社会信用代码)', 'C..18', true),
  field('ebcName', '电商企业名称-电商企业的海关注册登记名称，对应清单的收发货人', 'C..100', true),
  field('orderNo', '订单编号-电商平台的交易订单编号', 'C..60', true),
  field('payCode', '支付企业代码-支付企业的海关编码,国内企业必填。', 'C..18', false),
  field('payName', '支付企业名称-支付企业名称,非线上支付填"现金支付"', 'C..100', true),
  field('payNo', '支付交易编号', 'C..60', false),
  field('charge', '收款金额-支付企业的订单交易金额', 'N19,5', true, { money: true }),
  field('currency', '币制-海关标准的参数代码', 'C3', true),
  field('accountingDate', '到账时间 格式:YYYYMMDDhhmmss', 'C14', true, { format: 'datetime14' }),
  field('note', '备注', 'C..1000', false),
]);

/** `CEB403Message` structure. */
export const ceb403Spec: MessageSpec = {
  kind: 'CEB403',
  root: 'CEB403Message',
  zh: '收款单数据报文（支付企业）',
  en: 'collection slip',
  direction: 'export',
  role: 'declaration',
  body: [
    child('Receipts', 1, 100, receiptsSpec),
  ],
  envelope: 'export',
  signature: 'optional',
};
