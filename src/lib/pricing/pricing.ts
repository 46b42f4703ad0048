/**
 * Pricing a product for a marketplace, in integer fen (framework-free, pure).
 *
 * For a shelf price P (minor units of the listing currency, e.g. euro cents):
 *   gross      = round(P × fenPerUnit / 100)                    what the buyer pays, in fen
 *   net        = round(gross × 10000 / (10000 + vatBps))        the price without the VAT in it
 *   vat        = gross − net                                    collected by the marketplace (IOSS) or the seller
 *   commission = round(gross × commissionBps / 10000)           platform commission on the buyer's price
 *   duty       = dutyFixedFen + round(dutyBaseFen × dutyRateBps / 10000)
 *   profit     = net − commission − unitCost − freight − fulfilment − other − duty
 *   margin     = floor(profit × 10000 / net)                    basis points of the net price
 * Rounding is half up (the sandbox's `divRoundHalfUp`). Every figure a scenario feeds in is a
 * teaching assumption stated in its text.
 */
import { divRoundHalfUp } from '#sandbox';

export interface PricingInput {
  /** Fen per one unit of the listing currency (CNY 100; EUR at 7.80 → 780). */
  fenPerUnit: number;
  unitCostFen: number;
  freightFen: number;
  fulfilmentFen: number;
  otherFen: number;
  /** Commission as basis points of the buyer's price (VAT included). */
  commissionBps: number;
  /** VAT contained in the buyer's price, basis points (0 when the price carries none). */
  vatBps: number;
  /** A fixed duty per item (e.g. the EU's €3 per tariff category), fen. */
  dutyFixedFen: number;
  /** An ad valorem duty rate on `dutyBaseFen`, basis points. */
  dutyRateBps: number;
  dutyBaseFen: number;
}

export interface PriceBreakdown {
  priceMinor: number;
  grossFen: number;
  netFen: number;
  vatFen: number;
  commissionFen: number;
  dutyFen: number;
  unitCostFen: number;
  freightFen: number;
  fulfilmentFen: number;
  otherFen: number;
  profitFen: number;
  /** Profit over the net price in basis points; null when the net price is 0. */
  marginBps: number | null;
}

/** The worked breakdown of one shelf price. */
export function priceBreakdown(input: PricingInput, priceMinor: number): PriceBreakdown {
  const grossFen = divRoundHalfUp(priceMinor * input.fenPerUnit, 100);
  const netFen = divRoundHalfUp(grossFen * 10_000, 10_000 + input.vatBps);
  const commissionFen = divRoundHalfUp(grossFen * input.commissionBps, 10_000);
  const dutyFen = input.dutyFixedFen + divRoundHalfUp(input.dutyBaseFen * input.dutyRateBps, 10_000);
  const profitFen = netFen - commissionFen - input.unitCostFen - input.freightFen - input.fulfilmentFen - input.otherFen - dutyFen;
  return {
    priceMinor,
    grossFen,
    netFen,
    vatFen: grossFen - netFen,
    commissionFen,
    dutyFen,
    unitCostFen: input.unitCostFen,
    freightFen: input.freightFen,
    fulfilmentFen: input.fulfilmentFen,
    otherFen: input.otherFen,
    profitFen,
    marginBps: netFen > 0 ? Math.floor((profitFen * 10_000) / netFen) : null,
  };
}

export const meetsMargin = (b: PriceBreakdown, targetBps: number): boolean => b.marginBps !== null && b.marginBps >= targetBps;

/**
 * The lowest price on a grid (`priceMinor % step === ending`, e.g. step 100 and ending 99 for
 * x.99) that reaches the target margin, searched up to `maxMinor`; null when none does.
 */
export function lowestPrice(input: PricingInput, targetBps: number, grid: { step: number; ending: number; maxMinor: number }): number | null {
  for (let p = grid.ending; p <= grid.maxMinor; p += grid.step) {
    if (meetsMargin(priceBreakdown(input, p), targetBps)) return p;
  }
  return null;
}

/** Reads a price typed by the learner ("16.99", "16,99", "17") as minor units; null when it does not read. */
export function parsePriceMinor(text: string): number | null {
  const m = /^\s*(\d{1,7})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
