/** Seeded pseudo-random numbers for the simulated customs: deterministic from a seed. */

/** mulberry32: a tiny 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a 32-bit hash of a string. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * One draw in [0, 1) for a business key under a seed. Keyed, not sequential, so the outcome of a
 * list does not change when other messages are added to or removed from the batch.
 */
export function drawFor(seed: number, key: string): number {
  return mulberry32((seed ^ fnv1a(key)) >>> 0)();
}

/** A deterministic upper-case GUID (8-4-4-4-12) from a seed and a key. */
export function guidFor(seed: number, key: string): string {
  const next = mulberry32((seed ^ fnv1a(key)) >>> 0);
  let hex = '';
  while (hex.length < 32) hex += Math.floor(next() * 0x1_0000_0000).toString(16).padStart(8, '0');
  hex = hex.toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-A${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
