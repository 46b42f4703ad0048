/**
 * Money in integer fen, and THE rounding rule of the sandbox (a sandbox decision, sandbox/README.md
 * "Tax and the rounding rule"): every tax amount is
 * rounded half up to the fen per line; totals are sums of the rounded lines. All rounding in the
 * engine goes through `divRoundHalfUp` below.
 */

/** Result of reading a decimal money string. */
export interface ParsedMoney {
  fen: number;
  /** False when the value had more than 2 non-zero decimals (rounded half up to the fen). */
  exact: boolean;
}

/**
 * Scans a decimal string `[-]digits[.digits]` (surrounding white space allowed) without a regex.
 * Returns the integer part, the first `scale` decimals as an integer, and whether any further
 * decimal is non-zero and the first of them (for rounding); null when it is not such a number.
 */
function scanDecimal(text: string, scale: number): { neg: boolean; int: number; frac: number; rest: boolean; next: number } | null {
  let i = 0, n = text.length;
  while (i < n && text.charCodeAt(i) <= 32) i++;
  while (n > i && text.charCodeAt(n - 1) <= 32) n--;
  let neg = false;
  if (text.charCodeAt(i) === 45) {
    neg = true;
    i++;
  }
  let int = 0, digits = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    int = int * 10 + c;
    digits++;
  }
  if (digits === 0) return null;
  let frac = 0, fd = 0, rest = false, next = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46 || i + 1 >= n) return null;
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return null;
      if (fd < scale) {
        frac = frac * 10 + c;
      } else {
        if (fd === scale) next = c;
        if (c !== 0) rest = true;
      }
      fd++;
    }
  }
  for (; fd < scale; fd++) frac *= 10;
  return { neg, int, frac, rest, next };
}

/** Reads a decimal string (e.g. `"123.45"`, `"12.50000"`) as fen; null if not a number. */
export function parseFen(text: string | undefined | null): ParsedMoney | null {
  if (text === undefined || text === null) return null;
  const d = scanDecimal(text, 2);
  if (d === null) return null;
  let fen = d.int * 100 + d.frac;
  if (d.rest && d.next >= 5) fen += 1; // half up on the magnitude
  return { fen: d.neg ? -fen : fen, exact: !d.rest };
}

/** Reads a decimal quantity or weight as an integer of 1/100000 units (N19,5). */
export function parseScaled5(text: string | undefined | null): number | null {
  if (text === undefined || text === null) return null;
  const d = scanDecimal(text, 5);
  if (d === null) return null;
  const v = d.int * 100_000 + d.frac;
  return d.neg ? -v : v;
}

/** The unit of `parseScaled5`. */
export const SCALE5 = 100_000;

/**
 * num / den rounded half up (away from zero at exactly .5), for non-negative den.
 * THE rounding function of the sandbox. Uses BigInt when the numbers are beyond 2^53.
 */
export function divRoundHalfUp(num: bigint | number, den: bigint | number): number {
  if (typeof num === 'number' && typeof den === 'number' && Number.isSafeInteger(num * 2 + den)) {
    if (num >= 0) return Math.floor((2 * num + den) / (2 * den));
    return -Math.floor((-2 * num + den) / (2 * den));
  }
  const n = BigInt(num);
  const d = BigInt(den);
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = (2n * a + d) / (2n * d);
  return Number(neg ? -q : q);
}

/** Fen of `qtyScaled5` units at `unitFen` each, rounded half up (line totals). */
export function lineAmountFen(qtyScaled5: number, unitFen: number): number {
  return divRoundHalfUp(BigInt(qtyScaled5) * BigInt(unitFen), SCALE5);
}

/**
 * Splits `totalFen` across weights in proportion (freight and insurance over lines).
 * D: each share is floored, the remainder goes to the last line with a non-zero weight (or the last line).
 */
export function allocateFen(totalFen: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map(() => 0);
  if (weights.length === 0 || totalFen === 0) return shares;
  if (sum <= 0) {
    shares[shares.length - 1] = totalFen;
    return shares;
  }
  let given = 0;
  let last = weights.length - 1;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] ?? 0;
    if (w > 0) last = i;
    const s = Math.floor((totalFen * w) / sum);
    shares[i] = s;
    given += s;
  }
  shares[last] = (shares[last] ?? 0) + (totalFen - given);
  return shares;
}
