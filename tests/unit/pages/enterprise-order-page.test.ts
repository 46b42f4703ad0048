import { describe, expect, it } from 'vitest';
import { institutionName, orderPageRules, placementFields } from '#pages/[...lang]/enterprise/orders/[id]/_order-page.ts';

type Status = 'active' | 'offered' | 'accepted' | 'declined' | 'withdrawn';
const app = (status: Status, eligible = true) => ({ application: { status }, breakdown: { eligible } }) as never;
const deadline = new Date('2026-05-10T00:00:00Z');
const before = new Date('2026-05-09T23:59:59Z');
const after = new Date('2026-05-10T00:00:00Z');

describe('enterprise order page rules', () => {
  it('runs matching once applications close, and again while matching', () => {
    expect(orderPageRules({ state: 'open', deadline, seats: 2 }, [], before).canMatch).toBe(false);
    expect(orderPageRules({ state: 'open', deadline, seats: 2 }, [], after).canMatch).toBe(true);
    expect(orderPageRules({ state: 'open', deadline, seats: 2 }, [], before).deadlinePassed).toBe(false);
    expect(orderPageRules({ state: 'open', deadline, seats: 2 }, [], after).deadlinePassed).toBe(true);
    expect(orderPageRules({ state: 'matching', deadline, seats: 2 }, [], before).canMatch).toBe(true);
    expect(orderPageRules({ state: 'draft', deadline, seats: 2 }, [], after).canMatch).toBe(false);
  });

  it('counts offered and accepted seats and offers an eligible active applicant while seats remain', () => {
    const held = [app('offered'), app('accepted'), app('active'), app('declined')];
    const rules = orderPageRules({ state: 'matching', deadline, seats: 3 }, held, after);
    expect(rules.seatsHeld).toBe(2);
    expect(rules.canOffer(app('active'))).toBe(true);
    expect(rules.canOffer(app('active', false))).toBe(false);
    expect(rules.canOffer(app('offered'))).toBe(false);
    expect(orderPageRules({ state: 'matching', deadline, seats: 2 }, held, after).canOffer(app('active'))).toBe(false);
    expect(orderPageRules({ state: 'open', deadline, seats: 3 }, held, after).canOffer(app('active'))).toBe(false);
  });

  it('opens placements once training has started', () => {
    expect(orderPageRules({ state: 'matching', deadline, seats: 1 }, [], after).placementOpen).toBe(false);
    expect(orderPageRules({ state: 'in_training', deadline, seats: 1 }, [], after).placementOpen).toBe(true);
    expect(orderPageRules({ state: 'completed', deadline, seats: 1 }, [], after).placementOpen).toBe(true);
  });

  it('names the institution in the reader language, falling back to Chinese, else a dash', () => {
    expect(institutionName('en', { institutionZh: '辽宁石油化工大学', institutionEn: 'Liaoning Petrochemical University' })).toBe('Liaoning Petrochemical University');
    expect(institutionName('zh-CN', { institutionZh: '辽宁石油化工大学', institutionEn: 'Liaoning Petrochemical University' })).toBe('辽宁石油化工大学');
    expect(institutionName('en', { institutionZh: '辽宁石油化工大学', institutionEn: null })).toBe('辽宁石油化工大学');
    expect(institutionName('en', { institutionZh: null, institutionEn: null })).toBe('—');
  });

  it('starts the placement form from the recorded placement (day in China) or the order’s role', () => {
    expect(placementFields({ hireRole: '运营专员' }, { placement: null }).map((f) => [f.name, f.current])).toEqual([['placedOn', ''], ['role', '运营专员'], ['salaryMin', ''], ['salaryMax', '']]);
    const recorded = placementFields({ hireRole: '运营专员' }, { placement: { placedOn: new Date('2026-06-30T17:00:00Z'), role: '报关员' } as never });
    expect(recorded[0]?.current).toBe('2026-07-01');
    expect(recorded[1]?.current).toBe('报关员');
  });
});
