/** Error catalogue: arithmetic (family `arithmetic`). */
import { def, L } from './define.ts';

export const arithmeticErrors = [
  def('ARITH_LINE_TOTAL', 'arithmetic', '商品总价不等于数量乘单价', 'Line total is not quantity × unit price', L.match),
  def('ARITH_GOODS_VALUE', 'arithmetic', '订单货款不等于商品总价之和', 'Order goods value is not the sum of the line totals', L.match),
  def('ARITH_ACTURAL_PAID', 'arithmetic', '实际支付金额不等于货款+运费+税款-优惠', 'Actual payment is not goods value + freight + tax − discount', L.match),
  def('ARITH_WEIGHT', 'arithmetic', '净重大于毛重', 'Net weight is greater than gross weight', L.waybill),
  def('ARITH_WEIGHT_WAYBILL', 'arithmetic', '运单重量与清单毛重不符', 'Waybill weight differs from the list gross weight', L.waybill),
  def('ARITH_NEGATIVE', 'arithmetic', '金额或数量为负数或零', 'Amount or quantity is negative or zero', L.match),
  def('ARITH_GNUM_SEQUENCE', 'arithmetic', '商品项号不是从1开始的连续序号', 'Item numbers (gnum) are not consecutive from 1', L.importFlow),
];
