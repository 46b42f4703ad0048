/**
 * Simulated customs: a pure state machine over a batch. Each business node of each declaration
 * gets its receipts in order:
 * - format or XML errors → CEB900 (returnStatus -1) for the whole message;
 * - held (appStatus 1) → status 1 (暂存);
 * - business errors → 100 (退单) with the error codes and the first reason;
 * - orders, payments, waybills, collection slips, arrival/departure, waybill-status → 120 (入库);
 * - import lists (CEB621): 120 → [300 manual review] → 399 (审结) → [500 inspection] → 800 (放行) →
 *   899 (结关), plus a CEB816 tax bill at release; a list whose order, payment or waybill was
 *   rejected is rejected too (三单对碰 fails);
 * - export lists (CEB603): 120 → [300] → 399 → 800 → 899;
 * - returns, cancellations, delivery, summaries: 120 → 399; summaries also get a CEB792 result.
 * The risk step draws from `drawFor(seed, key)` with rates from the enterprise's credit tier.
 * Times are the node's appTime plus one minute per step (deterministic).
 */
import type { CebMessage, Ceb792Message, Ceb816Message } from '../messages/types.ts';
import type { Finding } from '../types.ts';
import type { BatchIndex, Entry, ReleasedList } from '../rules/context.ts';
import type { ListTax } from '../rules/limits.ts';
import type { RulePack } from '../rules/rule-pack.ts';
import { fenToDecimal } from '../messages/decimal.ts';
import { riskOutcome, tierAsOf, type CreditTier, type RiskOutcome } from './credit.ts';
import { drawFor, fnv1a, guidFor } from './prng.ts';
import { nodeBase, nodeCount, receiptFor, type Assigned } from './receipts.ts';

export type NodeStatus = 'format-error' | 'held' | 'rejected' | 'accepted' | 'concluded' | 'released';

export interface NodeOutcome {
  messageIndex: number;
  kind: string;
  /** Path of the business node, e.g. `Inventory[0]`. */
  base: string;
  status: NodeStatus;
  /** Last returnStatus sent for the node. */
  finalStatus: string;
  risk: RiskOutcome;
  preNo?: string;
  invtNo?: string;
  /** Error codes that caused a rejection. */
  reasons: string[];
}

export interface SimulationInput {
  entries: readonly Entry[];
  findings: readonly Finding[];
  index: BatchIndex;
  listTaxes: readonly ListTax[];
  seed: number;
  creditTier: CreditTier | Readonly<Record<string, CreditTier>> | undefined;
  pack: RulePack;
  asOf: string | undefined;
  /** Kinds processed in this pass (phase 1: everything but returns and summaries). */
  kinds: ReadonlySet<string>;
  /** Outcomes already decided (phase 1), for linking lists to orders. */
  previous?: readonly NodeOutcome[];
  /** For phase 2: the lists each summary covers. */
  summaryLists?: ReadonlyMap<string, readonly ReleasedList[]>;
}

export interface TimedReceipt {
  time: string;
  seq: number;
  message: CebMessage;
}

export interface SimulationOutput {
  outcomes: NodeOutcome[];
  receipts: TimedReceipt[];
  taxBills: Ceb816Message[];
  summaryResults: Ceb792Message[];
  released: ReleasedList[];
  riskFindings: Finding[];
}

const STATUS_TEXT: Record<string, string> = {
  '1': '电子口岸已暂存 Held at the e-port',
  '100': '海关退单 Rejected',
  '120': '海关入库 Accepted into the customs database',
  '300': '人工审核 Manual review',
  '399': '海关审结 Concluded',
  '500': '查验 Inspection',
  '800': '放行 Released',
  '899': '结关 Cleared',
};

function isFormatCode(code: string): boolean {
  return code.startsWith('XML_') || code.startsWith('FMT_');
}

/** `YYYYMMDDhhmmss` (+ minutes) → `YYYYMMDDhhmmssSSS`. */
function stamp(base14: string, minutes: number): string {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(base14);
  const ms = m === null ? Date.UTC(2026, 0, 1, 9) : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  const d = new Date(ms + minutes * 60_000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}000`;
}

function isoOfStamp(s: string): string {
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

function nodeHead(msg: CebMessage, i: number): Record<string, string> | undefined {
  const anyMsg = msg as unknown as Record<string, unknown>;
  switch (msg.kind) {
    case 'CEB711': return msg.Delivery.DeliveryHead as unknown as Record<string, string>;
    default: {
      const base = nodeBase(msg, i);
      const name = base.slice(0, base.indexOf('['));
      const node = (anyMsg[name] as unknown[] | undefined)?.[i] as Record<string, unknown> | undefined;
      if (node === undefined) return undefined;
      for (const k of Object.keys(node)) if (k.endsWith('Head')) return node[k] as Record<string, string>;
      return node as Record<string, string>;
    }
  }
}

function tierFor(creditTier: SimulationInput['creditTier'], ebcCode: string): CreditTier | undefined {
  if (creditTier === undefined || typeof creditTier === 'string') return creditTier;
  return creditTier[ebcCode];
}

/** Runs one pass of the simulated customs. */
export function simulateCustoms(input: SimulationInput): SimulationOutput {
  const out: SimulationOutput = { outcomes: [], receipts: [], taxBills: [], summaryResults: [], released: [], riskFindings: [] };
  const errorsByNode = new Map<string, string[]>();
  const messageWide = new Map<number, string[]>();
  const formatErr = new Set<number>();
  const firstReason = new Map<string, string>();
  for (const f of input.findings) {
    if (f.severity !== 'error' || f.messageIndex === undefined) continue;
    if (isFormatCode(f.code)) {
      formatErr.add(f.messageIndex);
      continue;
    }
    const m = /^([A-Za-z]+(?:\[\d+\])?)/.exec(f.path);
    const top = m?.[1] ?? '';
    const key = top.includes('[') || top === 'Delivery' ? `${f.messageIndex}|${top}` : undefined;
    if (key === undefined) {
      const list = messageWide.get(f.messageIndex) ?? [];
      list.push(f.code);
      messageWide.set(f.messageIndex, list);
      if (!firstReason.has(`${f.messageIndex}|*`)) firstReason.set(`${f.messageIndex}|*`, f.message.zh);
    } else {
      const list = errorsByNode.get(key) ?? [];
      list.push(f.code);
      errorsByNode.set(key, list);
      if (!firstReason.has(key)) firstReason.set(key, f.message.zh);
    }
  }
  const outcomeByKey = new Map<string, NodeOutcome>();
  for (const o of input.previous ?? []) outcomeByKey.set(`${o.messageIndex}|${o.base}`, o);
  const taxByKey = new Map(input.listTaxes.map((lt) => [`${lt.doc.entry.index}|${lt.doc.base}`, lt]));
  // links of import lists to their order/payment/waybill nodes
  const orderKey = new Map(input.index.orders.map((o) => [o.head.orderNo.trim(), `${o.entry.index}|${o.base}`]));
  const payKey = new Map(input.index.payments.map((o) => [o.head.orderNo.trim(), `${o.entry.index}|${o.base}`]));
  const wbKey = new Map(input.index.waybills.map((o) => [`${o.head.logisticsCode.trim()}|${o.head.logisticsNo.trim()}`, `${o.entry.index}|${o.base}`]));
  const exportByKey = new Map(input.index.exportInventories.map((v) => [`${v.entry.index}|${v.base}`, v]));
  let seq = 0;

  for (const e of input.entries) {
    if (!input.kinds.has(e.msg.kind)) continue;
    const n = nodeCount(e.msg);
    if (n === 0) continue;
    if (formatErr.has(e.index)) {
      const codes = input.findings.filter((f) => f.messageIndex === e.index && f.severity === 'error' && isFormatCode(f.code));
      const time = stamp(e.date.replaceAll('-', '') + '090000', 0);
      const msg900: CebMessage = {
        kind: 'CEB900', guid: guidFor(input.seed, `${e.index}|900`), version: '1.0',
        MessageReturn: {
          guid: guidFor(input.seed, `${e.index}|900|r`), returnStatus: '-1',
          returnInfo: codes.slice(0, 20).map((f) => `${f.code} ${f.path}`).join('; ').slice(0, 5000),
          returnTime: time, oriCopMsgId: e.msg.guid, oriMessageType: `${e.msg.kind}Message`, oriBizMessage: '',
        },
      };
      out.receipts.push({ time, seq: seq++, message: msg900 });
      for (let i = 0; i < n; i++) out.outcomes.push({ messageIndex: e.index, kind: e.msg.kind, base: nodeBase(e.msg, i), status: 'format-error', finalStatus: '-1', risk: 'none', reasons: codes.map((f) => f.code) });
      continue;
    }
    for (let i = 0; i < n; i++) {
      const base = nodeBase(e.msg, i);
      const key = `${e.index}|${base}`;
      const head = nodeHead(e.msg, i) ?? {};
      const appTime = (head['appTime'] ?? '').trim() || `${(input.asOf ?? e.date).replaceAll('-', '')}090000`;
      const year = appTime.slice(0, 4);
      const customsCode = (head['customsCode'] ?? '0800').trim() || '0800';
      const serial = String(fnv1a(`${input.seed}|${key}|${head['copNo'] ?? ''}|${head['orderNo'] ?? ''}`) % 1_000_000_000).padStart(9, '0');
      const ie = e.msg.kind.startsWith('CEB6') && e.msg.kind >= 'CEB603' && e.msg.kind <= 'CEB608' ? 'E' : 'I';
      const assigned: Assigned = {
        preNo: (head['preNo'] ?? '').trim() || `B${appTime.slice(0, 8)}${serial}`,
        invtNo: (head['invtNo'] ?? '').trim() || `${customsCode.slice(0, 4)}${year}${ie}${serial}`,
        sumNo: (head['sumNo'] ?? '').trim() || `${customsCode.slice(0, 4)}${year}S${serial}`,
      };
      const reasons = [...(messageWide.get(e.index) ?? []), ...(errorsByNode.get(key) ?? [])];
      let reasonText = firstReason.get(key) ?? firstReason.get(`${e.index}|*`) ?? '';
      if (e.msg.kind === 'CEB621' && reasons.length === 0) {
        const ih = head;
        const links: Array<[string | undefined, string]> = [
          [orderKey.get((ih['orderNo'] ?? '').trim()), '订单'],
          [payKey.get((ih['orderNo'] ?? '').trim()), '支付单'],
          [wbKey.get(`${(ih['logisticsCode'] ?? '').trim()}|${(ih['logisticsNo'] ?? '').trim()}`), '运单'],
        ];
        for (const [k, name] of links) {
          const o = k === undefined ? undefined : outcomeByKey.get(k);
          if (o !== undefined && (o.status === 'rejected' || o.status === 'format-error')) {
            reasons.push(...o.reasons);
            reasonText = `三单对碰失败：${name}已退单 (three-document match failed: the ${name === '订单' ? 'order' : name === '支付单' ? 'payment' : 'waybill'} was rejected)`;
          }
        }
      }
      const held = (head['appStatus'] ?? '').trim() === '1';
      const steps: Array<[string, string]> = [];
      let status: NodeStatus;
      let risk: RiskOutcome = 'none';
      if (held) {
        steps.push(['1', STATUS_TEXT['1']!]);
        status = 'held';
      } else if (reasons.length > 0) {
        const uniq = [...new Set(reasons)];
        steps.push(['100', `${uniq.join(',')}：${reasonText}`.slice(0, 1000)]);
        status = 'rejected';
      } else if (e.msg.kind === 'CEB621' || e.msg.kind === 'CEB603') {
        const date = e.rulesDate;
        const ebc = (head['ebcCode'] ?? '').trim();
        const tier = tierAsOf(tierFor(input.creditTier, ebc), date, input.pack);
        risk = riskOutcome(drawFor(input.seed, `${e.msg.kind}|${ebc}|${head['orderNo'] ?? ''}|${head['copNo'] ?? ''}`), tier.info);
        if (e.msg.kind === 'CEB603' && risk === 'inspection') risk = 'review';
        steps.push(['120', STATUS_TEXT['120']!]);
        if (risk === 'review') steps.push(['300', `${STATUS_TEXT['300']}（${tier.info.zh}）`]);
        steps.push(['399', STATUS_TEXT['399']!]);
        if (risk === 'inspection') steps.push(['500', `${STATUS_TEXT['500']}（${tier.info.zh}）`]);
        steps.push(['800', STATUS_TEXT['800']!], ['899', STATUS_TEXT['899']!]);
        status = 'released';
        if (risk !== 'none') {
          const f: Finding = {
            code: risk === 'review' ? 'RISK_MANUAL_REVIEW' : 'RISK_INSPECTION', severity: 'warning', path: `${base}`,
            message: risk === 'review'
              ? { zh: `风险布控：清单转人工审核（企业信用等级：${tier.info.zh}，随机种子${input.seed}）。审核通过后放行。`, en: `Risk control routed the list to manual review (credit tier: ${tier.info.en}, seed ${input.seed}). Released after review.` }
              : { zh: `风险布控：清单被选中查验（企业信用等级：${tier.info.zh}，随机种子${input.seed}）。查验无异常后放行。`, en: `Risk control selected the list for inspection (credit tier: ${tier.info.en}, seed ${input.seed}). Released after a clean inspection.` },
            lesson: 'gov-supervision/05-review-inspection', ruleVersion: tier.version, messageIndex: e.index,
          };
          out.riskFindings.push(f);
        }
      } else if (['CEB623', 'CEB625', 'CEB605', 'CEB213', 'CEB711', 'CEB701'].includes(e.msg.kind)) {
        steps.push(['120', STATUS_TEXT['120']!], ['399', STATUS_TEXT['399']!]);
        status = 'concluded';
      } else {
        steps.push(['120', STATUS_TEXT['120']!]);
        status = 'accepted';
      }
      let releaseStamp = '';
      steps.forEach(([code, info], k) => {
        const time = stamp(appTime, k + 1);
        if (code === '800') releaseStamp = time;
        const r = receiptFor(e.msg, i, { guid: guidFor(input.seed, `${key}|${code}`), returnStatus: code, returnTime: time, returnInfo: info }, assigned);
        if (r !== undefined) out.receipts.push({ time, seq: seq++, message: r });
      });
      const outcome: NodeOutcome = { messageIndex: e.index, kind: e.msg.kind, base, status, finalStatus: steps[steps.length - 1]?.[0] ?? '', risk, preNo: assigned.preNo, reasons: [...new Set(reasons)] };
      if (e.msg.kind === 'CEB621' || e.msg.kind === 'CEB603') outcome.invtNo = assigned.invtNo;
      out.outcomes.push(outcome);
      outcomeByKey.set(key, outcome);
      // registry of lists (released or rejected) for returns and summaries
      if (e.msg.kind === 'CEB621' || e.msg.kind === 'CEB603') {
        const lt = taxByKey.get(key);
        const ev = exportByKey.get(key);
        const rec: ReleasedList = {
          invtNo: assigned.invtNo, direction: e.msg.kind === 'CEB621' ? 'import' : 'export',
          releasedAt: releaseStamp === '' ? isoOfStamp(appTime) : isoOfStamp(releaseStamp), customsCode,
          orderNo: (head['orderNo'] ?? '').trim(), ebcCode: (head['ebcCode'] ?? '').trim(), tradeMode: (head['tradeMode'] ?? '').trim(),
          status: status === 'released' ? 'released' : 'rejected', logisticsNo: (head['logisticsNo'] ?? '').trim(),
          buyerIdNumber: (head['buyerIdNumber'] ?? '').trim(),
        };
        if (lt !== undefined) rec.lines = lt.doc.lines.map((l) => ({ gnum: l.gnum, gcode: l.gcode, qty: l.qty }));
        if (ev !== undefined) {
          const h = ev.head;
          rec.statisticsFlag = h.statisticsFlag.trim();
          rec.keys = { ebcCode: h.ebcCode.trim(), trafMode: h.trafMode.trim(), ownerCode: h.ownerCode.trim(), country: h.country.trim(), portCode: h.portCode.trim() };
          rec.lines = ev.lines.map((l) => ({ gnum: l.gnum, gcode: l.gcode, qty: l.qty, country: l.country, currency: l.currency }));
          rec.grossWeight = h.grossWeight;
          rec.netWeight = h.netWeight;
        }
        if (status !== 'held') out.released.push(rec);
        if (status === 'released' && lt !== undefined && e.msg.kind === 'CEB621') {
          const t = lt.tax;
          const ih = lt.doc.head;
          const taxHead: Ceb816Message['Tax'][number]['TaxHeadRd'] = {
            guid: guidFor(input.seed, `${key}|816`), returnTime: releaseStamp, invtNo: assigned.invtNo, taxNo: `${assigned.invtNo}T1`,
            customsTax: fenToDecimal(t.customsTaxFen), valueAddedTax: fenToDecimal(t.vatFen), consumptionTax: fenToDecimal(t.ctFen), status: '1',
            note: t.mode === 'full' ? '单件超限，全额征税 / one item over the single limit, taxed in full' : '限值内：关税0，增值税、消费税按70%征收 / within limits: tariff 0, VAT and CT at 70%',
            assureCode: ih.assureCode, ebcCode: ih.ebcCode, logisticsCode: ih.logisticsCode, agentCode: ih.agentCode, customsCode: ih.customsCode,
          };
          out.taxBills.push({
            kind: 'CEB816', guid: guidFor(input.seed, `${key}|816m`), version: '1.0',
            Tax: [{ TaxHeadRd: taxHead, TaxListRd: t.lines.map((l) => ({ gnum: String(l.gnum), gcode: l.gcode, taxPrice: fenToDecimal(l.taxPriceFen), customsTax: fenToDecimal(l.customsTaxFen), valueAddedTax: fenToDecimal(l.vatFen), consumptionTax: fenToDecimal(l.ctFen) })) }],
          });
        }
      }
      if (e.msg.kind === 'CEB701' && status === 'concluded') {
        const lists = input.summaryLists?.get(key) ?? [];
        const h = head;
        const groups = new Map<string, number>();
        const rows: Ceb792Message['SummaryResult'][number]['SummaryResultList'] = [];
        let gross = 0, net = 0;
        for (const l of lists) {
          gross += Number(l.grossWeight ?? 0);
          net += Number(l.netWeight ?? 0);
          for (const line of l.lines ?? []) {
            const g = `${line.country ?? ''}|${line.gcode}|${line.currency ?? ''}`;
            if (!groups.has(g)) groups.set(g, groups.size + 1);
            rows.push({ invtNo: l.invtNo, logisticsNo: l.logisticsNo ?? '', gseqno: String(groups.get(g)), gnum: line.gnum, gcode: line.gcode });
          }
        }
        const time = stamp(appTime, steps.length + 1);
        out.summaryResults.push({
          kind: 'CEB792', guid: guidFor(input.seed, `${key}|792`), version: '1.0',
          SummaryResult: [{
            SummaryResultHead: {
              guid: guidFor(input.seed, `${key}|792h`), customsCode, sumNo: assigned.sumNo, opDate: time, declSeqNo: `${customsCode.slice(0, 4)}${year}D${serial}`.slice(0, 18),
              decState: 'A', agentCode: h['agentCode'] ?? '', agentName: h['agentName'] ?? '', ebcCode: h['ebcCode'] ?? '', ebcName: h['ebcName'] ?? '',
              declAgentCode: h['declAgentCode'] ?? '', declAgentName: h['declAgentName'] ?? '', grossWeight: String(gross), netWeight: String(net), msgCount: '1', msgSeqNo: '1',
            },
            SummaryResultList: rows,
          }],
        });
        out.receipts.push({ time, seq: seq++, message: out.summaryResults[out.summaryResults.length - 1]! });
      }
    }
  }
  return out;
}
