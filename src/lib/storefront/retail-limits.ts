/**
 * The CBEC retail limits a storefront checkout enforces (财关税〔2016〕18号 as amended by
 * 财关税〔2018〕49号; ../shared/domain/cbec-customs.md §2): for import retail (9610 direct purchase
 * and 1210 bonded) a single transaction of at most ¥5,000 and ¥26,000 per consumer per calendar
 * year, both on the taxable value (goods + freight), with the one exception that an order of a
 * single piece may exceed the single limit (taxed in full, still counted in the annual total).
 * The figures come from the engine's dated rule pack, so the checkout and the declaration agree.
 * Export stores sell to buyers abroad: the Chinese consumer limits do not apply to them (the
 * buyer's own country's import rules do, which the sandbox does not model).
 */
import { DEFAULT_RULE_PACK, resolve } from '#sandbox';
import type { BusinessModel } from '../db/schema-sandbox.ts';
import { isImportModel } from '../workbench/business-models.ts';

export type RetailLimitRefusal =
  | { code: 'SINGLE_LIMIT'; limitFen: number; taxableFen: number }
  | { code: 'ANNUAL_LIMIT'; limitFen: number; usedFen: number; taxableFen: number };

export interface RetailLimitInput {
  businessModel: BusinessModel;
  goodsFen: number;
  freightFen: number;
  /** Pieces in the order (sum of quantities). */
  pieces: number;
  /** The consumer's earlier CBEC import purchases this calendar year (taxable value, fen). */
  usedThisYearFen: number;
  /** YYYY-MM-DD, the date whose limits apply. */
  asOf: string;
}

/** The single-transaction and annual limits in force on a date (YYYY-MM-DD), in fen. */
export function retailLimitsOn(asOf: string): { singleFen: number; annualFen: number } {
  const { singleFen, annualFen } = resolve(DEFAULT_RULE_PACK.limits, asOf).value;
  return { singleFen, annualFen };
}

/** Why the order breaks a retail limit, or null when it may be placed (always null for export stores). */
export function retailLimitRefusal(input: RetailLimitInput): RetailLimitRefusal | null {
  if (!isImportModel(input.businessModel)) return null;
  const limits = retailLimitsOn(input.asOf);
  const taxableFen = input.goodsFen + input.freightFen;
  if (taxableFen > limits.singleFen && input.pieces !== 1) return { code: 'SINGLE_LIMIT', limitFen: limits.singleFen, taxableFen };
  if (input.usedThisYearFen + taxableFen > limits.annualFen) return { code: 'ANNUAL_LIMIT', limitFen: limits.annualFen, usedFen: input.usedThisYearFen, taxableFen };
  return null;
}
