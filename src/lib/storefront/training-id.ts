/**
 * Simulated resident ID numbers (模拟居民身份证号码) for storefront buyers: 18 characters in the
 * GB 11643-1999 layout (6-digit region, 8-digit birth date, 3-digit sequence, ISO 7064 MOD 11-2
 * check character), so the engine's checksum rule accepts them, but always in region 99xxxx, which
 * no province uses (province codes run 11–82), so a generated or accepted number can never be a
 * real person's. The checksum itself is the engine's (`isValidResidentId`), and generation uses the
 * workbench's check character (`idCheckChar`), so the two implementations are tested against each other.
 */
import { isValidResidentId } from '#sandbox';
import { idCheckChar } from '../workbench/market-day.ts';

/** The region prefix of every training ID: no province of China has code 99. */
export const TRAINING_REGION_PREFIX = '99';

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

function isRealDate(ymd: string): boolean {
  const y = Number(ymd.slice(0, 4));
  const m = Number(ymd.slice(4, 6));
  const d = Number(ymd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A new training ID from `random` (numbers in [0, 1), `Math.random`-like; tests pass a seeded one):
 * region 99 + four digits, a birth date between 1970-01-01 and 2005-12-28, a sequence 001–999.
 */
export function generateTrainingId(random: () => number = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32): string {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const region = `${TRAINING_REGION_PREFIX}${pad(int(0, 9999), 4)}`;
  const birth = `${int(1970, 2005)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}`;
  const first17 = `${region}${birth}${pad(int(1, 999), 3)}`;
  return first17 + idCheckChar(first17);
}

export type TrainingIdProblem = 'format' | 'checksum' | 'not-training' | 'birth';

/**
 * Why an entered ID is refused, or null when it is a valid training ID: 18 characters, a valid
 * check character (the engine's rule), the training region 99 and a real birth date.
 */
export function trainingIdProblem(raw: string): TrainingIdProblem | null {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (!isValidResidentId(id)) return 'checksum';
  if (!id.startsWith(TRAINING_REGION_PREFIX)) return 'not-training';
  if (!isRealDate(id.slice(6, 14))) return 'birth';
  return null;
}
