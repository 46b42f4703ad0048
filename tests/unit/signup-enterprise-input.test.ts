import { describe, expect, it } from 'vitest';
import { signUpEnterpriseInput } from '../../src/actions/inputs.ts';

const good = { email: 'ent@example.cn', password: 'a-long-password', displayName: '孙经理', enterpriseName: '抚顺林蛙油出口有限公司', creditCode: '91210400MA0FRG0X1R' };

function creditCodeError(creditCode: string): string | undefined {
  const r = signUpEnterpriseInput.safeParse({ ...good, creditCode });
  return r.success ? undefined : r.error.issues.find((i) => i.path[0] === 'creditCode')?.message;
}

describe('the enterprise sign-up form: the unified social credit code', () => {
  it('accepts a code whose check character is right (upper-cased)', () => {
    expect(creditCodeError('91210400MA0FRG0X1R')).toBeUndefined();
    expect(creditCodeError(' 91210400ma0frg0x1r ')).toBeUndefined();
  });

  it('refuses a code of the right shape with a wrong check character, as the enterprise profile does', () => {
    expect(creditCodeError('91210400MA0FRG0X1B')).toBe('orders.err.creditCheck');
  });

  it('refuses a code of the wrong shape', () => {
    expect(creditCodeError('12345')).toBe('err.creditCode');
  });
});
