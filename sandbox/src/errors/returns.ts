/** Error catalogue: returns (family `return`). */
import { def, L } from './define.ts';

export const returnErrors = [
  def('RETURN_LIST_UNKNOWN', 'return', '退货申请对应的清单不存在', 'The list the return refers to is unknown', L.returns),
  def('RETURN_NOT_RELEASED', 'return', '退货申请对应的清单尚未放行', 'The list the return refers to has not been released', L.returns),
  def('RETURN_WINDOW_EXPIRED', 'return', '超过进口退货申请时限（放行之日起30日）', 'Import return applied after its window (30 days from release)', L.returns),
  def('RETURN_EXPORT_WINDOW_EXPIRED', 'return', '超过出口退货时限（放行之日起1年）', 'Export return after its window (1 year from release)', L.exportReturns),
  def('RETURN_CROSS_DISTRICT', 'return', '此日期不允许跨关区退货', 'Cross-district return not allowed on this date', L.exportReturns),
  def('RETURN_MISMATCH', 'return', '退货申请与原清单信息不一致', 'The return does not match the original list', L.returns),
  def('RETURN_QTY_NOT_POSITIVE', 'return', '退货数量不是正数', 'Returned quantity is zero or negative', L.returns),
  def('RETURN_GOODS_MISMATCH', 'return', '退货商品不在原清单内，或各次退货数量之和超过原清单', 'Returned goods are not on the list, or all returns together exceed its quantity', L.returns),
];
