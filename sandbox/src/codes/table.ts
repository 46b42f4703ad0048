/**
 * Shape shared by the small code tables. `status` follows the evidence markers of docs/customs-sources.md:
 * V verified, U unverified (background knowledge / cut-off source), D sandbox decision.
 */
export type Evidence = 'V' | 'U' | 'D';

export interface CodeEntry {
  code: string;
  zh: string;
  en: string;
  evidence: Evidence;
}

/** Builds a lookup map from a table; tables are small, the map makes lookups O(1). */
export function indexTable<T extends { code: string }>(rows: readonly T[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) map.set(row.code, row);
  return map;
}
