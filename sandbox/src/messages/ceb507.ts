/**
 * CEB507 — 物流运抵地数据报文（物流企业） (arrival report; export, declaration).
 *
 * Field specs transcribed from export-business-202205.xsd: names, order, lengths and requiredness
 * as the XSD has them; descriptions are the XSD's own.
 */

import { child, field, group, record } from './spec.ts';
import type { MessageSpec, RecordSpec } from './spec.ts';

/** `ArrivalHead` — 物流运抵单表头. */
export const arrivalHeadSpec: RecordSpec = record('ArrivalHead', '物流运抵单表头', [
  field('guid', '系统唯一序号-企业系统生成36位唯一序号（英文字母大写）', 'C36', true, { format: 'guid' }),
  field('appType', '报送类型-企业报送类型。1-新增 2-变更 3-删除。', 'C1', true, { format: 'appType' }),
  field('appTime', '报送时间-企业报送时间。格式:YYYYMMDDhhmmss。', 'C14', true, { format: 'datetime14' }),
  field('appStatus', '报送状态-企业报送状态。1-暂存,2-申报。', 'C1', true, { format: 'appStatus' }),
  field('customsCode', '申报地海关代码-办理通关手续的4位海关编号', 'C4', true),
  field('copNo', '企业内部标识单证的编号', 'C..30', true),
  field('preNo', '预录入编号-电子口岸标识单证的编号', 'C18', false),
  field('operatorCode', '监管场所经营人代码-监管场所经营人在海关注册登记的编号。邮路运输用邮政物流企业', 'C..18', true),
  field('operatorName', '监管场所经营人名称-监管场所经营人在海关注册登记的名称。邮路运输用邮政物流企业', 'C..100', true),
  field('loctNo', '监管场所代码-同一申报地海关下有多个跨境电子商务的监管场所,需要填写区分', 'C..10', false),
  field('ieFlag', '进出口标记-I进口/E出口', 'C1', true),
  field('trafMode', '运输方式-填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 运输方式代码。直购进口指跨境段物流运输方式。', 'C1', true, { collapse: true }),
  field('billNo', '提运单号-货物提单或运单的海运提单、空运总单或汽车载货清单。邮路运输方可为空。', 'C..37', false),
  field('domesticTrafNo', '境内运输工具编号-运往海关监管场所的运输工具编号，例如车牌号', 'C..100', true, { collapse: true }),
  field('logisticsCode', '物流企业代码-物流企业的海关注册登记编号', 'C..18', true),
  field('logisticsName', '物流企业名称-物流企业的海关注册登记名称', 'C..100', true),
  field('msgCount', '报文总数-拆分后的报文总数。未拆分的不填，拆分的填实际数量。', 'N9', true),
  field('msgSeqNo', '报文序号-当前报文序号，以1开始的报文顺序号。未拆分的不填，拆分的报文需要连续编号，不得跳号。', 'N9', true),
  field('note', '备注', 'C..1000', false),
]);

/** `ArrivalList` — 物流运抵单表体（允许为空）. */
export const arrivalListSpec: RecordSpec = record('ArrivalList', '物流运抵单表体（允许为空）', [
  field('gnum', '序号-从1开始的递增序号', 'N5', true),
  field('logisticsNo', '物流运单编号-物流企业的运单包裹面单号', 'C..32', true),
  field('totalPackageNo', '总包号-物流企业对于一个提运单下含有多个大包的托盘编号（邮件为邮袋号）', 'C..37', false),
  field('note', '备注', 'C..1000', false),
]);

/** `CEB507Message` structure. */
export const ceb507Spec: MessageSpec = {
  kind: 'CEB507',
  root: 'CEB507Message',
  zh: '物流运抵地数据报文（物流企业）',
  en: 'arrival report',
  direction: 'export',
  role: 'declaration',
  body: [
    child('Arrival', 1, 100, group('Arrival', '物流运抵单数据实体', [
      child('ArrivalHead', 1, 1, arrivalHeadSpec),
      child('ArrivalList', 0, Infinity, arrivalListSpec),
    ])),
  ],
  envelope: 'export',
  signature: 'optional',
};
