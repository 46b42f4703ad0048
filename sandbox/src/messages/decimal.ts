/**
 * Exact decimal helpers for the decimal strings the messages carry.
 *
 * Design: amounts travel as XSD decimals (`N19,5`) and are kept as the exact strings from the XML;
 * the engine computes in integer fen. Converting by parsing the digits (never through a float)
 * means "0.1" + "0.2" is 30 fen, not 30.000000000000004. Helpers return `undefined` for anything
 * that is not a plain decimal or does not fit, so callers decide how to report it.
 */

const DECIMAL_RE = /^\s*([+-]?)(\d*)(?:\.(\d*))?\s*$/;

/** A decimal string split into sign, integer digits and fraction digits (no exponent). */
export interface DecimalParts {
  negative: boolean;
  /** Integer digits without leading zeros (`""` for zero). */
  integer: string;
  /** Fraction digits without trailing zeros (`""` for none). */
  fraction: string;
}

/** Splits an XSD decimal (`-12.50`, `.5`, `7.`); `undefined` if it is not one. */
export function parseDecimal(value: string): DecimalParts | undefined {
  const m = DECIMAL_RE.exec(value);
  if (!m) return undefined;
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  if (int === '' && frac === '') return undefined;
  const integer = int.replace(/^0+/, '');
  const fraction = frac.replace(/0+$/, '');
  return { negative: m[1] === '-' && (integer !== '' || fraction !== ''), integer, fraction };
}

/**
 * The decimal scaled by 10^scale as a bigint, exactly; `undefined` if it is not a decimal or has
 * more than `scale` significant decimals.
 */
export function decimalToScaled(value: string, scale: number): bigint | undefined {
  const p = parseDecimal(value);
  if (!p || p.fraction.length > scale) return undefined;
  const digits = (p.integer || '0') + p.fraction.padEnd(scale, '0');
  const n = BigInt(digits);
  return p.negative ? -n : n;
}

/**
 * Yuan as a decimal string → integer fen (`"199.9"` → 19990). `undefined` if the string is not a
 * decimal, has non-zero digits beyond the second decimal, or exceeds Number.MAX_SAFE_INTEGER fen.
 */
export function decimalToFen(value: string): number | undefined {
  const n = decimalToScaled(value, 2);
  if (n === undefined || n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  return Number(n);
}

/** Integer fen → yuan decimal string with two decimals (19990 → `"199.90"`). */
export function fenToDecimal(fen: number | bigint): string {
  const n = typeof fen === 'bigint' ? fen : BigInt(Math.trunc(fen));
  const neg = n < 0n;
  const abs = (neg ? -n : n).toString().padStart(3, '0');
  return `${neg ? '-' : ''}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

/** Compares two decimal strings exactly: -1, 0 or 1; `undefined` if either is not a decimal. */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 | undefined {
  const pa = parseDecimal(a);
  const pb = parseDecimal(b);
  if (!pa || !pb) return undefined;
  const scale = Math.max(pa.fraction.length, pb.fraction.length);
  const x = decimalToScaled(a, scale);
  const y = decimalToScaled(b, scale);
  if (x === undefined || y === undefined) return undefined;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Count of digits as XSD totalDigits counts them (no leading integer or trailing fraction zeros). */
export function countTotalDigits(p: DecimalParts): number {
  return Math.max(1, p.integer.length + p.fraction.length);
}
