/**
 * Returns: import (CEB625, GACC Ann. 2020 No.45: apply within 30 days of the list's release) and
 * export (CEB213, Ann. 2020 No.44: within 1 year of export release; cross-district only where the
 * dated `cross-district-returns` parameter allows). The list is found by `invtNo`; D: a return in the
 * same batch as its list may also find it by `orderNo`, since customs assigns the invtNo.
 * A return covers all or part of one list (Ann. 2020 No.45 import, No.44 export): every returned quantity is positive, and
 * per list line the quantities of every return — earlier accepted ones (`ReleasedList.returned`) and
 * those of this batch, in batch order — add up to at most the released quantity.
 * The 45-day "goods back at the site" deadline is not checked: no message carries the arrival date.
 */
import { daysBetween, dateOf, report, type BatchIndex, type Entry, type ReleasedList, type RuleContext } from './context.ts';
import { resolve } from './rule-pack.ts';
import { parseScaled5, SCALE5 } from '../tax/money.ts';

const t = (s: string | undefined): string => (s ?? '').trim();
/** A quantity scaled by 10^5, as text (`150000` → `1.5`). */
const formatScaled5 = (v: number): string => String(v / SCALE5);

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

/** Quantity (scaled by 10^5) of line `gnum` already returned by the list's accepted returns. */
function earlierReturned(list: ReleasedList, gnum: string): number {
  let sum = 0;
  for (const x of list.returned ?? []) if (t(x.gnum) === gnum) sum += Math.max(parseScaled5(x.qty) ?? 0, 0);
  return sum;
}

/**
 * The lines of one return against its list: each on the list with its goods, a positive quantity,
 * and per list line all returns so far (`consumed`: earlier accepted ones, then this batch's in
 * order) within the released quantity. Import (CEB625) and export (CEB213) returns alike.
 */
function checkReturnLines(ctx: RuleContext, e: Entry, linesPath: string, returned: ReadonlyArray<{ gnum: string; gcode: string; qty: string }>, list: ReleasedList, consumed: Map<string, number>): void {
  if (list.lines === undefined) return;
  const lines = new Map(list.lines.map((l) => [t(l.gnum), l]));
  returned.forEach((l, i) => {
    const lp = `${linesPath}[${i}]`;
    const orig = lines.get(t(l.gnum));
    if (orig === undefined || t(orig.gcode) !== t(l.gcode)) {
      report(ctx, e, 'RETURN_GOODS_MISMATCH', lp, {
        zh: `退货商品第${l.gnum}项（${l.gcode}，数量${l.qty}）${orig === undefined ? '不在原清单中' : `与原清单（${orig.gcode}，数量${orig.qty}）不符`}。可整单或部分退货，但只能退原清单内的商品且数量不超过原数量。`,
        en: `Returned item ${l.gnum} (${l.gcode}, qty ${l.qty}) ${orig === undefined ? 'is not on the original list' : `does not match the list (${orig.gcode}, qty ${orig.qty})`}. All or part of a list may be returned, but only its goods and at most its quantities.`,
      });
      return;
    }
    const q = parseScaled5(l.qty);
    if (q === null || q <= 0) {
      report(ctx, e, 'RETURN_QTY_NOT_POSITIVE', `${lp}.qty`, {
        zh: `退货商品第${l.gnum}项的数量“${l.qty}”不是正数。退货申请只列出退回的商品及其退回数量（大于0、不超过原清单数量）；不退的商品不要列出。`,
        en: `The quantity "${l.qty}" of returned item ${l.gnum} is not positive. A return lists only the goods that come back, each with the quantity returned (above 0, at most the list's); leave out goods that are not returned.`,
      });
      return;
    }
    const key = `${list.direction}|${list.invtNo}|${t(l.gnum)}`;
    const before = consumed.get(key) ?? earlierReturned(list, t(l.gnum));
    const released = parseScaled5(orig.qty) ?? 0;
    consumed.set(key, before + q);
    if (before + q <= released) return;
    report(ctx, e, 'RETURN_GOODS_MISMATCH', `${lp}.qty`, {
      zh: `原清单第${l.gnum}项（${orig.gcode}）放行数量为${orig.qty}，${before > 0 ? `此前的退货（已受理的退货和本批次前面的退货申请）已退${formatScaled5(before)}，` : ''}本次再退${l.qty}，合计${formatScaled5(before + q)}，超过放行数量。同一清单可分次部分退货，但各次退货数量之和不得超过原清单数量。`,
      en: `Item ${l.gnum} (${orig.gcode}) was released with qty ${orig.qty}; ${before > 0 ? `earlier returns (accepted ones and those before this one in the batch) already take ${formatScaled5(before)}, and ` : ''}this return takes ${l.qty}, ${formatScaled5(before + q)} in all, more than was released. A list may be returned in parts, but all its returns together may not exceed its quantities.`,
    });
  });
}

export function checkReturns(ctx: RuleContext, ix: BatchIndex, reg: ListRegistry): void {
  /** Quantity returned so far per `direction|invtNo|gnum`: earlier returns, then this batch's in order. */
  const consumed = new Map<string, number>();
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
    checkReturnLines(ctx, e, r.linesPath, r.lines, list, consumed);
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
    checkReturnLines(ctx, e, r.linesPath, r.lines, list, consumed);
  }
}
