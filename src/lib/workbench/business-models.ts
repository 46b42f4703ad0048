/**
 * What follows from a store's business model (业务模式): its supervision mode, whether it imports,
 * which follow-up declarations its released orders allow, and the defaults a new product form
 * proposes. The models themselves are the store table's enum (src/lib/db/schema-sandbox.ts).
 */
import type { BusinessModel, STOCK_LOCATIONS } from '../db/schema-sandbox.ts';

type StockLocation = (typeof STOCK_LOCATIONS)[number];

export function isImportModel(model: BusinessModel): boolean {
  return model.startsWith('import-');
}

/** The supervision mode code of a business model (9610, 1210, 9710, 9810). */
export function modeOf(model: BusinessModel): string {
  return model.slice(-4);
}

/** Only 9610 export lists are summarized monthly (CEB701). */
export function hasMonthlySummary(model: BusinessModel): boolean {
  return model === 'export-9610';
}

/** Returns (CEB625) exist for released import orders (9610 direct purchase and 1210 bonded). */
export function hasReturns(model: BusinessModel): boolean {
  return isImportModel(model);
}

/** Where a new product's stock is proposed to be: the bonded centre for 1210, abroad for 9610 import and 9810. */
export function defaultStockLocation(model: BusinessModel): StockLocation {
  if (model === 'import-1210') return 'bonded-centre';
  if (model === 'import-9610' || model === 'export-9810') return 'overseas-warehouse';
  return 'domestic';
}

/** The origin a new product's form proposes (customs country codes): 601 Australia for imports, 142 China for exports. */
export function defaultOriginCountry(model: BusinessModel): string {
  return isImportModel(model) ? '601' : '142';
}

/** The currency a new product's form proposes: 142 renminbi. */
export const DEFAULT_CURRENCY = '142';

/** The unit a new product's form proposes: 007 piece (个). */
export const DEFAULT_UNIT = '007';
