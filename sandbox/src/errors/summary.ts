/** Error catalogue: monthly summary declaration (family `summary`). */
import { def, L } from './define.ts';

export const summaryErrors = [
  def('SUMMARY_EMPTY', 'summary', '汇总申请未列出清单也未给出时间段', 'Summary application lists no inventory and gives no period', L.summary),
  def('SUMMARY_LIST_UNKNOWN', 'summary', '汇总申请中的清单不存在', 'A list in the summary application is unknown', L.summary),
  def('SUMMARY_LIST_NOT_RELEASED', 'summary', '汇总申请中的清单尚未放行', 'A list in the summary application has not been released', L.summary),
  def('SUMMARY_WRONG_MONTH', 'summary', '只能汇总上月放行的清单', 'Only lists released in the previous month can be summarised', L.summary),
  def('SUMMARY_DEADLINE', 'summary', '汇总申报超过每月15日的期限', 'Summary filed after the 15th of the month', L.summary),
  def('SUMMARY_GROUP_MIXED', 'summary', '汇总申请中的清单汇总条件不一致', 'Lists in one summary do not share the grouping keys', L.summary),
  def('SUMMARY_SIMPLIFIED_LIST', 'summary', '简化申报（A）清单不参与汇总申报', 'Simplified (A) lists are not summarised into declarations', L.summary),
];
