import { describe, expect, it } from 'vitest';
import { orderFormInput, orderFormValues } from '#lib/training-orders/input.ts';

const now = new Date('2026-06-01T04:00:00Z');
const good = {
  titleZh: '保税进口申报专员',
  descriptionZh: '结合岗位需求的订单式培训。',
  requires: 'three-doc-match: 60\nimport-tax：40',
  courses: ['cbec-fundamentals'],
  seats: '3',
  park: 'bonded-logistics',
  trainingStart: '2026-07-01',
  trainingEnd: '2026-07-31',
  stipend: '1,200.50',
  salaryMin: '4500',
  salaryMax: '6000',
  hireCount: '2',
  hireRole: '申报专员',
  deadline: '2026-06-20',
  publish: 'open',
};

function messages(input: Record<string, unknown>): Record<string, string | undefined> {
  const r = orderFormInput(() => now).safeParse(input);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe('the training-order form', () => {
  it('turns yuan into integer fen, requirements into levels and Shanghai days into instants', () => {
    const r = orderFormInput(() => now).parse(good);
    expect(r.stipend).toBe(120_050);
    expect(r.salaryMin).toBe(450_000);
    expect(r.requires).toEqual({ 'three-doc-match': 60, 'import-tax': 40 });
    expect(r.deadline.toISOString()).toBe('2026-06-19T16:00:00.000Z');
    expect(r.courses).toEqual(['cbec-fundamentals']);
    expect(r.publish).toBe('open');
  });

  it('names every bad field at once: negative money, seats of 0, a past deadline, an unknown skill', () => {
    expect(messages({ ...good, stipend: '-5', seats: '0', deadline: '2026-05-31', requires: 'flying: 50' })).toEqual({
      stipend: 'orders.err.money',
      seats: 'orders.err.seats',
      deadline: 'orders.err.deadlinePast',
      requires: 'orders.err.unknownSkill',
    });
    expect(messages({ ...good, stipend: '12.345' })).toEqual({ stipend: 'orders.err.money' });
    expect(messages({ ...good, requires: 'three-doc-match: 101' })).toEqual({ requires: 'orders.err.requirement' });
  });

  it('checks the fields against each other once each is valid', () => {
    expect(messages({ ...good, salaryMax: '4000' })).toEqual({ salaryMax: 'orders.err.salaryRange' });
    expect(messages({ ...good, hireCount: '4' })).toEqual({ hireCount: 'orders.err.hireCount' });
    expect(messages({ ...good, trainingStart: '2026-06-10', trainingEnd: '2026-06-30' })).toEqual({ trainingStart: 'orders.err.startBeforeDeadline' });
  });

  it('gives an order back as the text its edit form starts from', () => {
    const parsed = orderFormInput(() => now).parse(good);
    const values = orderFormValues({
      order: { ...parsed, titleEn: null, descriptionEn: null, brief: null, stipendFen: parsed.stipend, salaryMinFen: parsed.salaryMin, salaryMaxFen: parsed.salaryMax },
      requires: parsed.requires,
    });
    expect(orderFormInput(() => now).parse({ ...values, courses: good.courses, publish: 'open' })).toEqual({ ...parsed, titleEn: undefined, descriptionEn: undefined, brief: undefined, orderId: undefined });
  });
});
