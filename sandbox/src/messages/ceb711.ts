/**
 * CEB711 — 入库明细单数据报文（海关监管作业场所经营企业） (warehouse entry list; import, declaration).
 *
 * Field specs transcribed from import-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, group, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `DeliveryHead` — 入库明细单表头实体. */
export const deliveryHeadSpec: RecordSpec = record('DeliveryHead', '入库明细单表头实体', [
  field('guid', '企业系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('appType', '企业报送类型。1-新增 2-变更 3-删除。默认为1。', 'C1', true, { format: 'appType' }),
  field('appTime', '企业报送时间。格式:YYYYMMDDhhmmss。mss', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '业务状态:1-暂存,2-申报,默认为1。', 'C1..3', true, { format: 'appStatus' }),
  field('customsCode', '接受申报的海关关区代码，参照JGS/T 18《海关关区代码》。', 'C4', true),
  field('copNo', '企业内部标识单证的编号', 'C..20', false),
  field('preNo', '电子口岸标识单证的编号', 'C..18', false),
  field('rkdNo', '海关接受申报生成的入库单编号', 'C..18', false),
  field('operatorCode', '监管场所经营人在海关注册登记的编号', 'C1..18', true),
  field('operatorName', '监管场所经营人在海关注册登记的名称', 'C1..100', true),
  field('ieFlag', 'I进口/E出口', 'C1', true),
  field('trafMode', '填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 运输方式代码。直购进口指跨境段物流运输方式。', 'C1', true),
  field('trafNo', '货物进出境的运输工具的名称或运输工具编号。填报内容应与运输部门向海关申报的载货清单所列相应内容一致；同报关单填制规范。', 'C1..100', true),
  field('voyageNo', '货物进出境的运输工具的航次编号。', 'C1..32', true),
  field('billNo', '货物提单或运单的海运提单、空运总单或汽车载货清单', 'C1..37', true),
  field('logisticsCode', '物流企业的海关注册登记编号', 'C1..18', true),
  field('logisticsName', '物流企业的海关注册登记名称', 'C1..100', true),
  field('unloadLocation', '货物卸货的仓储存放位置', 'C..100', false),
  field('note', '备注', 'C..1000', false),
]);

/** `DeliveryList` — 入库明细单表体实体. */
export const deliveryListSpec: RecordSpec = record('DeliveryList', '入库明细单表体实体', [
  field('gnum', '从1开始的递增序号', 'N', true),
  field('logisticsNo', '物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。', 'C1..60', true),
  field('note', '备注', 'C..1000', false),
]);

/** `CEB711Message` structure. */
export const ceb711Spec: MessageSpec = {
  kind: 'CEB711',
  root: 'CEB711Message',
  zh: '入库明细单数据报文（海关监管作业场所经营企业）',
  en: 'warehouse entry list',
  direction: 'import',
  role: 'declaration',
  body: [
    child('Delivery', 1, 1, group('Delivery', '', [
      child('DeliveryHead', 1, 1, deliveryHeadSpec),
      child('DeliveryList', 1, Infinity, deliveryListSpec),
    ])),
  ],
  envelope: 'import',
  signature: 'required',
};
