/** Error catalogue: cross-document matching, 三单对碰 (family `match`). */
import { def, L } from './define.ts';

export const matchErrors = [
  def('MATCH_ORDER_MISSING', 'match', '清单找不到对应的电子订单', 'No order for the inventory list', L.match),
  def('MATCH_PAYMENT_MISSING', 'match', '订单找不到对应的支付单', 'No payment slip for the order', L.match),
  def('MATCH_LOGISTICS_MISSING', 'match', '清单找不到对应的物流运单', 'No waybill for the inventory list', L.match),
  def('MATCH_DUPLICATE', 'match', '同一批次中重复申报同一单据', 'The same document is declared twice in the batch', L.match),
  def('MATCH_ORDER_NO', 'match', '订单编号在三单中不一致', 'Order numbers differ between the documents', L.match),
  def('MATCH_EBP_CODE', 'match', '电商平台代码不一致', 'Platform codes (ebpCode) differ', L.match),
  def('MATCH_EBC_CODE', 'match', '电商企业代码不一致', 'E-commerce enterprise codes (ebcCode) differ', L.match),
  def('MATCH_PAY_TRANSACTION', 'match', '支付企业代码或支付交易编号不一致', 'Payment enterprise or payment transaction number differs', L.payment),
  def('MATCH_LOGISTICS_NO', 'match', '物流企业代码或物流运单编号不一致', 'Logistics enterprise or waybill number differs', L.waybill),
  def('MATCH_AMOUNT_PAID', 'match', '订单实际支付金额与支付单金额不一致', 'Order actual payment differs from the payment amount', L.match),
  def('MATCH_BUYER_PAYER', 'match', '订购人与支付人身份不一致', 'Buyer and payer identities differ', L.match),
  def('MATCH_BUYER_INVENTORY', 'match', '清单订购人与订单订购人不一致', 'Buyer on the list differs from the order', L.match),
  def('MATCH_CONSIGNEE', 'match', '订单收货人与运单收货人不一致', 'Order consignee differs from the waybill consignee', L.match),
  def('MATCH_GOODS', 'match', '清单商品与订单商品不一致', 'List goods differ from the order goods', L.match),
  def('MATCH_LIST_TOTAL', 'match', '清单商品总价与订单货款不一致', 'List line totals differ from the order goods value', L.match),
  def('MATCH_FREIGHT', 'match', '清单运费与订单运费不一致', 'List freight differs from the order freight', L.match),
  def('MATCH_EXPORT_ORDER_MISSING', 'match', '出口清单找不到对应的电子订单', 'No export order for the export list', L.exportFlow),
  def('MATCH_EXPORT_LOGISTICS_MISSING', 'match', '出口清单找不到对应的物流运单', 'No export waybill for the export list', L.exportFlow),
  def('MATCH_WAYBILL_UNKNOWN', 'match', '运抵单或离境单中的运单未申报', 'A waybill on the arrival or departure record was not declared', L.exportFlow),
];
