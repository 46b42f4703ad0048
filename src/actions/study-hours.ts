/** Study-hour rules: a department head sets their department's target and rules for a year. */
import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { setDepartmentRules } from '#lib/study-hours/ledger.ts';
import { RULE_LIMITS } from '#lib/study-hours/rules.ts';
import { getDb } from '#server/db.ts';
import { domainCall, requirePermission } from '#server/action-errors.ts';

/** Hours with one decimal, as typed, to integer tenths within the rule's bounds. */
const tenths = ([lo, hi]: readonly [number, number]) =>
  z.coerce
    .number({ message: 'hours.err.number' })
    .min(lo / 10, 'hours.err.range')
    .max(hi / 10, 'hours.err.range')
    .transform((h) => Math.round(h * 10));

export const hours = {
  setRules: defineAction({
    accept: 'form',
    input: z.object({
      year: z.coerce.number().int().min(2020).max(2100),
      target: tenths(RULE_LIMITS.targetTenths),
      lessonMinutes: z.coerce.number({ message: 'hours.err.number' }).int('hours.err.number').min(RULE_LIMITS.lessonMinutes[0], 'hours.err.range').max(RULE_LIMITS.lessonMinutes[1], 'hours.err.range'),
      lessonHours: tenths(RULE_LIMITS.lessonTenths),
      testHours: tenths(RULE_LIMITS.testTenths),
      scenarioHours: tenths(RULE_LIMITS.scenarioTenths),
    }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'gov:home');
      const db = await getDb();
      return domainCall(locale, () =>
        setDepartmentRules(db, { actorId: user.id, year: input.year, rules: { targetTenths: input.target, lessonMinutes: input.lessonMinutes, lessonTenths: input.lessonHours, testTenths: input.testHours, scenarioTenths: input.scenarioHours } }),
      );
    },
  }),
};
