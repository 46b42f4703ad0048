/**
 * A storefront visitor's cookies: the cart of each store (`cart_<slug>`: product ids and quantities
 * only, checked against the store on every read) and the last order placed (`shop_receipt`: its id,
 * so only the buyer's browser sees the confirmation). HttpOnly, SameSite=Lax, Secure in production.
 */
import type { AstroCookies } from 'astro';
import { parseCart, serializeCart, type CartItem } from '#lib/storefront/cart.ts';

const RECEIPT_COOKIE = 'shop_receipt';
const WEEK_S = 7 * 24 * 3600;

const options = (maxAge: number) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: import.meta.env.PROD && process.env['INSECURE_COOKIES'] !== '1',
  path: '/',
  maxAge,
});

const cartCookie = (slug: string) => `cart_${slug}`;

export function readCart(cookies: AstroCookies, slug: string): CartItem[] {
  return parseCart(cookies.get(cartCookie(slug))?.value);
}

export function writeCart(cookies: AstroCookies, slug: string, items: readonly CartItem[]): void {
  if (items.length === 0) cookies.delete(cartCookie(slug), { path: '/' });
  else cookies.set(cartCookie(slug), serializeCart(items), options(WEEK_S));
}

export function writeReceipt(cookies: AstroCookies, orderId: string): void {
  cookies.set(RECEIPT_COOKIE, orderId, options(24 * 3600));
}

export function readReceipt(cookies: AstroCookies): string | undefined {
  return cookies.get(RECEIPT_COOKIE)?.value;
}
