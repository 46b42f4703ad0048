/** Error catalogue: import tax (family `tax`). */
import { def, L } from './define.ts';

export const taxErrors = [
  def('TAX_TOTAL_MISMATCH', 'tax', '订单代扣税款与应征税款不符', 'Order withheld tax differs from the tax due', L.taxFormula),
  def('TAX_CT_BASIS_UNKNOWN', 'tax', '无法确定消费税起征标准的计量基础，按征税处理', 'Cannot tell the consumption-tax threshold basis; taxed', L.consumptionTax),
];
