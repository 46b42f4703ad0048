/**
 * Monthly summary applications (CEB701, 汇总申报): only released export lists of the previous
 * month, filed by the 15th (`summary-deadline`), grouped by the head keys of `summary-keys`
 * (ownerCode only when summaryFlag = 2); D: lists with statisticsFlag A are not summarised.
 * With startTime/endTime and no list body, every released list of the consignor in that period is taken.
 */
import { dateOf, report, type BatchIndex, type ReleasedList, type RuleContext } from './context.ts';
import type { ListRegistry } from './returns.ts';
import { isoDate } from './context.ts';
import { resolve } from './rule-pack.ts';

const t = (s: string | undefined): string => (s ?? '').trim();

/** `YYYY-MM` of the month before the date's month: the month a summary filed on `date` covers. */
export function previousMonth(date: string): string {
  const y = Number(date.slice(0, 4)), m = Number(date.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Lists each summary node covers (for the CEB792 result), by `${messageIndex}|${base}`. */
export type SummaryLists = Map<string, ReleasedList[]>;

export function checkSummaries(ctx: RuleContext, ix: BatchIndex, reg: ListRegistry, all: readonly ReleasedList[]): SummaryLists {
  const out: SummaryLists = new Map();
  for (const s of ix.summaries) {
    const h = s.head, p = s.headPath, e = s.entry, date = dateOf(ctx, e);
    const lists: ReleasedList[] = [];
    const start = isoDate(h.startTime), end = isoDate(h.endTime);
    if (s.lines.length === 0) {
      if (start === undefined || end === undefined) {
        report(ctx, e, 'SUMMARY_EMPTY', p, {
          zh: '汇总申请既没有列出清单（SummaryApplyList），也没有给出起止时间（startTime/endTime）。',
          en: 'The summary application lists no inventory (SummaryApplyList) and gives no period (startTime/endTime).',
        });
        continue;
      }
      for (const l of all) {
        if (l.direction === 'export' && l.status !== 'rejected' && l.ebcCode === t(h.ebcCode) && l.releasedAt >= start && l.releasedAt <= end && l.statisticsFlag !== 'A') lists.push(l);
      }
    } else {
      s.lines.forEach((li, i) => {
        const l = reg.byInvtNo.get(`export|${t(li.invtNo)}`);
        const lp = `${s.linesPath}[${i}].invtNo`;
        if (l === undefined) {
          report(ctx, e, 'SUMMARY_LIST_UNKNOWN', lp, { zh: `找不到出口清单“${li.invtNo}”。`, en: `No export list "${li.invtNo}" is known.` });
        } else if (l.status === 'rejected') {
          report(ctx, e, 'SUMMARY_LIST_NOT_RELEASED', lp, { zh: `出口清单“${li.invtNo}”未放行，不能汇总。`, en: `Export list "${li.invtNo}" was not released and cannot be summarised.` });
        } else if (l.statisticsFlag === 'A') {
          report(ctx, e, 'SUMMARY_SIMPLIFIED_LIST', lp, {
            zh: `出口清单“${li.invtNo}”为简化申报（A），按“清单核放、汇总统计”处理，不汇总形成报关单。`,
            en: `Export list "${li.invtNo}" is a simplified declaration (A): it is released and counted for statistics, not summarised into a declaration.`,
          });
        } else {
          const want = previousMonth(date);
          if (l.releasedAt.slice(0, 7) !== want) {
            report(ctx, e, 'SUMMARY_WRONG_MONTH', lp, {
              zh: `出口清单“${li.invtNo}”于${l.releasedAt}放行；${date}的汇总申请只能汇总上月（${want}）放行的清单。`,
              en: `Export list "${li.invtNo}" was released on ${l.releasedAt}; a summary filed on ${date} covers lists released in the previous month (${want}) only.`,
            });
          }
          lists.push(l);
        }
      });
    }
    const deadline = resolve(ctx.pack.summaryDeadlineDay, date);
    if (Number(date.slice(8, 10)) > deadline.value) {
      report(ctx, e, 'SUMMARY_DEADLINE', `${p}.appTime`, {
        zh: `汇总申请日期${date}晚于每月${deadline.value}日的期限：上月放行的清单须在每月${deadline.value}日前（节假日顺延）汇总申报。`,
        en: `Filed on ${date}, after the ${deadline.value}th: last month's released lists are summarised by the ${deadline.value}th of each month (holidays shift it).`,
      }, { ruleVersion: deadline.version });
    }
    const keys = resolve(ctx.pack.summaryKeys, date);
    const headKeys = keys.value.head.filter((k) => k !== 'ownerCode' || t(h.summaryFlag) === '2');
    const first = lists[0];
    if (first !== undefined) {
      for (const l of lists) {
        const diff = headKeys.filter((k) => (l.keys?.[k] ?? '') !== (first.keys?.[k] ?? ''));
        const wrongConsignor = l.ebcCode !== t(h.ebcCode);
        if (diff.length === 0 && !wrongConsignor) continue;
        report(ctx, e, 'SUMMARY_GROUP_MIXED', p, {
          zh: `清单“${l.invtNo}”与“${first.invtNo}”的汇总条件不同（${wrongConsignor ? '收发货人与申请不符' : diff.join('、')}）。同一汇总申请的清单须同一收发货人、运输方式${t(h.summaryFlag) === '2' ? '、生产销售单位' : ''}、运抵国和出境关别。`,
          en: `List "${l.invtNo}" does not share the grouping keys of "${first.invtNo}" (${wrongConsignor ? 'consignor differs from the application' : diff.join(', ')}). One summary holds lists with the same consignor, transport mode${t(h.summaryFlag) === '2' ? ', producer/seller' : ''}, arrival country and exit customs.`,
        }, { ruleVersion: keys.version });
        break;
      }
    }
    out.set(`${e.index}|${s.base}`, lists);
  }
  return out;
}
