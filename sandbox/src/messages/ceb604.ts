/**
 * CEB604 — 申报清单数据回执 (export inventory list receipt; export, receipt).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `InventoryReturn` — 出口清单回执类. */
export const exportInventoryReturnSpec: RecordSpec = record('InventoryReturn', '出口清单回执类', [
  field('guid', '36位系统唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('agentCode', '申报企业代码', 'C..18', true),
  field('copNo', '企业内部生成标识清单的编号', 'C..30', true),
  field('preNo', '预录入编号-电子口岸标识单证的编号', 'C18', true),
  field('invtNo', '出境清单编号,海关审结生成标识清单的编号（4位关区+4位年+1位进出口标记+9位流水号）', 'C..20', true),
  field('ebcCode', '收发货人代码-电商（发货）企业的海关注册登记编号(10位海关编码或18位统一社会信用代码)', 'C..18', true),
  field('ebpCode', '电商平台代码-电商平台的海关登记编号', 'C..18', true),
  field('orderNo', '订单编号-交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。', 'C..60', true),
  field('statisticsFlag', '申报业务类型-A-简化申报;B-汇总申报；若采用A简化申报，则要求商品不涉许可证、不涉出口关税、不涉及出口退税。同时商品编码前4位为税则表填写', 'C1', true),
  field('returnStatus', '操作结果（1电子口岸已暂存/2电子口岸申报中/3发送海关成功/4发送海关失败/100海关退单/120海关入库/300人工审核/399海关审结/800放行/899结关等,若小于0数字表示处理异常回执', 'C1..10', true),
  field('returnTime', '回执时间,格式YYYYMMDDhhmmssfff', 'C17', true, { format: 'datetime17' }),
  field('returnInfo', '回执信息（如:退单原因）', 'C..1000', true),
]);

/** `CEB604Message` structure. */
export const ceb604Spec: MessageSpec = {
  kind: 'CEB604',
  root: 'CEB604Message',
  zh: '申报清单数据回执',
  en: 'export inventory list receipt',
  direction: 'export',
  role: 'receipt',
  body: [
    child('InventoryReturn', 1, 100, exportInventoryReturnSpec),
  ],
  envelope: 'none',
  signature: 'none',
};
