/** Error catalogue: policy rules (family `policy`). */
import { def, L } from './define.ts';

export const policyErrors = [
  def('POLICY_SINGLE_LIMIT', 'policy', '超过单次交易限值', 'Single-transaction limit exceeded', L.limits),
  def('POLICY_ANNUAL_LIMIT', 'policy', '超过个人年度交易限值', 'Personal annual limit exceeded', L.limits),
  def('POLICY_SINGLE_ITEM_FULL_TAX', 'policy', '单件商品超过单次限值，按全额征税', 'One-item order over the single limit: taxed in full', L.limits),
  def('POLICY_NOT_ON_POSITIVE_LIST', 'policy', '商品不在跨境电商零售进口商品清单内', 'Goods not on the CBEC retail import positive list', L.positiveList),
  def('POLICY_MODE_RESTRICTED', 'policy', '清单备注限定的进口方式不符', 'The positive list restricts these goods to another mode', L.positiveList),
  def('POLICY_QUANTITY_CAP', 'policy', '超过正面清单备注的个人年度数量限制', 'Positive-list per-person annual quantity cap exceeded', L.positiveList),
  def('POLICY_QUANTITY_BASIS', 'policy', '无法按千克核对数量限制', 'The quantity cap cannot be checked in kilograms', L.positiveList),
  def('POLICY_ACCOUNT_BOOK', 'policy', '网购保税进口清单缺少账册编号', 'Bonded (1210/1239) list without an account book number (emsNo)', L.bonded),
  def('POLICY_ITEM_RECORD_NO', 'policy', '网购保税进口清单商品缺少账册备案料号', 'Bonded list line without an item record number (itemRecordNo)', L.bonded),
  def('POLICY_BILL_OF_LADING', 'policy', '直购进口清单缺少提运单号', 'Direct-purchase (9610) import list without a bill of lading (billNo)', L.modes),
  def('POLICY_EXPORT_SIMPLIFIED_HS', 'policy', '简化申报清单的商品编码应按前4位申报', 'Simplified declaration (statisticsFlag A) must give the 4-digit HS heading', L.exportList),
  def('POLICY_EXPORT_SIMPLIFIED_GOODS', 'policy', '涉证、涉税商品不能简化申报', 'Licence or tax-bearing goods cannot use the simplified declaration', L.exportList),
  def('POLICY_B2B_THRESHOLD', 'policy', 'B2B出口清单超过5000元，应以报关单申报', 'B2B export list over RMB 5,000: declare on a customs declaration', L.b2b),
  def('POLICY_B2B_RESTRICTED', 'policy', '涉证、涉检、涉税的B2B出口不能以清单申报', 'Licence, inspection or tax-bearing B2B export cannot go on a list', L.b2b),
  def('POLICY_9810_FILING', 'policy', '海外仓出口企业未办理海外仓备案', '9810 exporter has no overseas-warehouse filing', L.overseasWarehouse),
  def('POLICY_9810_BOOKING', 'policy', '海外仓出口清单找不到订仓单', '9810 list without an overseas-warehouse booking order (orderType W)', L.overseasWarehouse),
  def('POLICY_COLLECTION_SLIP', 'policy', '出口清单找不到收款单', 'Export list without the collection slip (CEB403)', L.exportFlow),
  def('POLICY_HELD', 'policy', '报文为暂存状态，未向海关申报', 'Message is held (appStatus 1), not declared to customs', L.receipts),
];
