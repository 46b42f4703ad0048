/** Why a storefront visitor's cart change or checkout is refused (nothing is written when one is thrown). */
import { DomainError } from '../domain-error.ts';

export type StorefrontErrorCode =
  | 'NOT_FOUND'
  | 'QTY'
  | 'CART_FULL'
  | 'EMPTY'
  | 'UNPUBLISHED'
  | 'PRICE_CHANGED'
  | 'CART_CHANGED'
  | 'OUT_OF_STOCK'
  | 'ID_FORMAT'
  | 'ID_CHECKSUM'
  | 'ID_NOT_TRAINING'
  | 'ID_BIRTH'
  | 'SINGLE_LIMIT'
  | 'ANNUAL_LIMIT'
  | 'COUNTRY'
  | 'BUSY';

export class StorefrontError extends DomainError<'storefront', StorefrontErrorCode> {
  constructor(code: StorefrontErrorCode, vars: Record<string, string | number> = {}) {
    super('storefront', code, { vars });
    this.name = 'StorefrontError';
  }
}
