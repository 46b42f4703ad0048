import { describe, expect, it } from 'vitest';
import { changeCart, MAX_CART_LINES, MAX_LINE_QTY, parseCart, parseSeen, serializeCart } from '#lib/storefront/cart.ts';
import { StorefrontError } from '#lib/storefront/errors.ts';

const code = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    return e instanceof StorefrontError ? e.code : 'other';
  }
  return null;
};

describe('the cart cookie', () => {
  it('round-trips ids and quantities', () => {
    const items = [{ productId: 'a1b2-c3', qty: 2 }, { productId: 'ffff', qty: 99 }];
    expect(parseCart(serializeCart(items))).toEqual(items);
  });

  it('drops what is malformed, merges duplicates and applies the bounds', () => {
    expect(parseCart('a_1.a_2.b_0.c_-1.d_x.<script>_1.e_5000.f_3')).toEqual([{ productId: 'a', qty: 3 }, { productId: 'f', qty: 3 }]);
    expect(parseCart('a_60.a_60')).toEqual([{ productId: 'a', qty: MAX_LINE_QTY }]);
    expect(parseCart(Array.from({ length: 40 }, (_, i) => `p${i}_1`).join('.'))).toHaveLength(MAX_CART_LINES);
    expect(parseCart(undefined)).toEqual([]);
  });

  it('adds, sets and removes within the bounds', () => {
    let cart = changeCart([], 'a', 2, 'add');
    cart = changeCart(cart, 'a', 3, 'add');
    expect(cart).toEqual([{ productId: 'a', qty: 5 }]);
    expect(changeCart(cart, 'a', 1, 'set')).toEqual([{ productId: 'a', qty: 1 }]);
    expect(changeCart(cart, 'a', 0, 'set')).toEqual([]);
    expect(code(() => changeCart(cart, 'a', 0, 'add'))).toBe('QTY');
    expect(code(() => changeCart(cart, 'a', 95, 'add'))).toBe('QTY');
    expect(code(() => changeCart(cart, 'a', 1.5, 'set'))).toBe('QTY');
    const full = Array.from({ length: MAX_CART_LINES }, (_, i) => ({ productId: `p${i}`, qty: 1 }));
    expect(code(() => changeCart(full, 'new', 1, 'add'))).toBe('CART_FULL');
    expect(changeCart(full, 'p0', 2, 'add')[0]).toEqual({ productId: 'p0', qty: 3 });
  });

  it('reads what the checkout page showed', () => {
    expect(parseSeen('a_2_26800.b_1_x.c_1_100')).toEqual([{ productId: 'a', qty: 2, unitFen: 26_800 }, { productId: 'c', qty: 1, unitFen: 100 }]);
  });
});
