/**
 * Returns: import (CEB625, GACC Ann. 2020 No.45: apply within 30 days of the list's release) and
 * export (CEB213, Ann. 2020 No.44: within 1 year of export release; cross-district only where the
 * dated `cross-district-returns` parameter allows). The list is found by `invtNo`; D: a return in the
 * same batch as its list may also find it by `orderNo`, since customs assigns the invtNo.
 * The 45-day "goods back at the site" deadline is not checked: no message carries the arrival date.
 */
import { daysBetween, dateOf, report, type BatchIndex, type ReleasedList, type RuleContext } from './context.ts';
import { resolve } from './rule-pack.ts';

const t = (s: string | undefined): string => (s ?? '').trim();

export interface ListRegistry {
  byInvtNo: Map<string, ReleasedList>;
  byOrderNo: Map<string, ReleasedList>;
}

/**
 * Indexes the lists a return or summary may refer to. Only lists released in the same batch
 * (`sameBatch`) can be found by `orderNo`: the learner cannot know their invtNo yet. A list
 * released earlier has a known invtNo, and a return naming the wrong one must not be accepted.
 */
export function registryOf(lists: readonly ReleasedList[], sameBatch: readonly ReleasedList[] = []): ListRegistry {
  const byInvtNo = new Map<string, ReleasedList>(), byOrderNo = new Map<string, ReleasedList>();
  for (const l of [...lists, ...sameBatch]) byInvtNo.set(`${l.direction}|${l.invtNo}`, l);
  for (const l of sameBatch) if (l.orderNo !== undefined) byOrderNo.set(`${l.direction}|${l.orderNo}`, l);
  return { byInvtNo, byOrderNo };
}

function find(reg: ListRegistry, direction: 'import' | 'export', invtNo: string, orderNo: string): ReleasedList | undefined {
  return reg.byInvtNo.get(`${direction}|${invtNo}`) ?? (orderNo === '' ? undefined : reg.byOrderNo.get(`${direction}|${orderNo}`));
}

export function checkReturns(ctx: RuleContext, ix: BatchIndex, reg: ListRegistry): void {
  for (const r of ix.importReturns) {
    const h = r.head, p = r.headPath, e = r.entry, date = dateOf(ctx, e);
    const list = find(reg, 'import', t(h.invtNo), t(h.orderNo));
    if (list === undefined) {
      report(ctx, e, 'RETURN_LIST_UNKNOWN', `${p}.invtNo`, {
        zh: `找不到清单编号“${h.invtNo}”（订单“${h.orderNo}”）的进口清单。退货申请须填写已放行清单的编号（见CEB622回执）。`,
        en: `No import list "${h.invtNo}" (order "${h.orderNo}") is known. A return names the invtNo of a released list (from its CEB622 receipt).`,
      });
      continue;
    }
    if (list.status === 'rejected') {
      report(ctx, e, 'RETURN_NOT_RELEASED', `${p}.invtNo`, { zh: '原清单未被放行（已退单），不能申请退货。', en: 'The original list was not released (it was rejected); it cannot be returned.' });
      continue;
    }
    const w = resolve(ctx.pack.returnWindows, date);
    const days = daysBetween(list.releasedAt, date);
    if (days > w.value.importApplyDays) {
      report(ctx, e, 'RETURN_WINDOW_EXPIRED', `${p}.appTime`, {
        zh: `清单于${list.releasedAt}放行，退货申请日期${date}已过${days}天，超过放行之日起${w.value.importApplyDays}日内申请的时限（货物须在${w.value.importArriveDays}日内运抵原监管场所）。`,
        en: `The list was released on ${list.releasedAt}; this return is ${days} days later (${date}), past the ${w.value.importApplyDays}-day window for applying (goods back at the site within ${w.value.importArriveDays} days).`,
      }, { ruleVersion: w.version });
    }
    for (const [field, want] of [['orderNo', list.orderNo], ['ebcCode', list.ebcCode], ['buyerIdNumber', list.buyerIdNumber]] as const) {
      if (want !== undefined && t(h[field]) !== t(want)) {
        report(ctx, e, 'RETURN_MISMATCH', `${p}.${field}`, {
          zh: `退货申请的${field}“${h[field]}”与原清单“${want}”不一致。`,
          en: `The return's ${field} "${h[field]}" differs from the original list's "${want}".`,
        });
      }
    }
    if (list.lines !== undefined) {
      const lines = new Map(list.lines.map((l) => [t(l.gnum), l]));
      r.lines.forEach((l, i) => {
        const orig = lines.get(t(l.gnum));
        if (orig !== undefined && t(orig.gcode) === t(l.gcode) && Number(l.qty) <= Number(orig.qty)) return;
        report(ctx, e, 'RETURN_GOODS_MISMATCH', `${r.linesPath}[${i}]`, {
          zh: `退货商品第${l.gnum}项（${l.gcode}，数量${l.qty}）${orig === undefined ? '不在原清单中' : `与原清单（${orig.gcode}，数量${orig.qty}）不符`}。可整单或部分退货，但只能退原清单内的商品且数量不超过原数量。`,
          en: `Returned item ${l.gnum} (${l.gcode}, qty ${l.qty}) ${orig === undefined ? 'is not on the original list' : `does not match the list (${orig.gcode}, qty ${orig.qty})`}. All or part of a list may be returned, but only its goods and at most its quantities.`,
        });
      });
    }
  }
  for (const r of ix.exportReturns) {
    const h = r.head, p = r.headPath, e = r.entry, date = dateOf(ctx, e);
    const list = find(reg, 'export', t(h.invtNo), '');
    if (list === undefined) {
      report(ctx, e, 'RETURN_LIST_UNKNOWN', `${p}.invtNo`, {
        zh: `找不到清单编号“${h.invtNo}”的出口清单。出口退货须填写已放行出口清单的编号（见CEB604回执）。`,
        en: `No export list "${h.invtNo}" is known. An export return names a released export list (from its CEB604 receipt).`,
      });
      continue;
    }
    if (list.status === 'rejected') {
      report(ctx, e, 'RETURN_NOT_RELEASED', `${p}.invtNo`, { zh: '原出口清单未被放行，不能申请退货。', en: 'The original export list was not released; it cannot be returned.' });
      continue;
    }
    const w = resolve(ctx.pack.returnWindows, date);
    const days = daysBetween(list.releasedAt, date);
    if (days > w.value.exportDays) {
      report(ctx, e, 'RETURN_EXPORT_WINDOW_EXPIRED', `${p}.appTime`, {
        zh: `出口清单于${list.releasedAt}放行，退货日期${date}已过${days}天，超过出口放行之日起1年的时限。`,
        en: `The export list was released on ${list.releasedAt}; ${date} is ${days} days later, past the 1-year window from export release.`,
      }, { ruleVersion: w.version });
    }
    if (t(h.customsCode) !== '' && t(h.customsCode) !== list.customsCode) {
      const cd = resolve(ctx.pack.crossDistrictReturns, date);
      const v = cd.value;
      const allowed = (v.scope === 'nationwide-9610' && list.tradeMode === '9610')
        || (v.scope === 'pilot' && v.pilotDistricts.some((d) => d.slice(0, 2) === t(h.customsCode).slice(0, 2)) && v.pilotDistricts.some((d) => d.slice(0, 2) === list.customsCode.slice(0, 2)));
      if (!allowed) {
        report(ctx, e, 'RETURN_CROSS_DISTRICT', `${p}.customsCode`, {
          zh: `原清单申报关区为${list.customsCode}，退货关区为${h.customsCode}。${v.scope === 'none' ? '2024-12-15前出口退货须回原出口关区办理。' : v.scope === 'pilot' ? '2024-12-15至2026-03-31仅试点关区之间可跨关区退货（大连在内，沈阳不在）。' : '2026-04-01起仅9610零售出口可全国跨关区退货。'}`,
          en: `The list was declared at ${list.customsCode}; the return is at ${h.customsCode}. ${v.scope === 'none' ? 'Before 2024-12-15 export returns go back to the original customs.' : v.scope === 'pilot' ? 'From 2024-12-15 to 2026-03-31 only pilot districts may take cross-district returns (Dalian in, Shenyang out).' : 'From 2026-04-01 only 9610 retail exports may be returned across districts nationwide.'}`,
        }, { ruleVersion: cd.version });
      }
    }
  }
}
