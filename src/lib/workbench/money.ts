/**
 * Money and weights typed into forms: "199.00" yuan → 19900 fen, "0.35" kg → 350 g,
 * parsed digit by digit (no floating point). Returns null on anything that is not a plain
 * non-negative decimal with at most two (money) or three (kg) decimals.
 */

/** Upper bound of a price the sandbox accepts: 10,000,000.00 yuan. */
export const MAX_PRICE_FEN = 1_000_000_000;

function scaled(text: string, decimals: number, max: number): number | null {
  const s = text.trim().replace(/[,，\s]/g, '').replace(/^[¥￥]/, '');
  const m = new RegExp(`^(\\d{1,12})(?:\\.(\\d{1,${decimals}}))?$`).exec(s);
  if (!m) return null;
  const whole = m[1] ?? '0';
  const frac = (m[2] ?? '').padEnd(decimals, '0');
  const value = Number(whole) * 10 ** decimals + Number(frac === '' ? '0' : frac);
  if (!Number.isSafeInteger(value) || value > max) return null;
  return value;
}

/** "199" | "199.5" | "199.00" | "1,299.90" → fen; null when not a valid amount. */
export function parseYuanToFen(text: string): number | null {
  return scaled(text, 2, MAX_PRICE_FEN);
}

/** "0.35" kg → 350 g; null when not valid (at most 3 decimals, at most 1,000 kg). */
export function parseKgToGrams(text: string): number | null {
  return scaled(text, 3, 1_000_000);
}

/** 19900 → "199.00" (the form's value). */
export function fenToYuanText(fen: number): string {
  const a = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** 350 → "0.35" (kg as messages write it, trailing zeros removed). */
export function gramsToKgText(g: number): string {
  const whole = Math.floor(g / 1000);
  const frac = String(g % 1000).padStart(3, '0').replace(/0+$/, '');
  return frac === '' ? String(whole) : `${whole}.${frac}`;
}
