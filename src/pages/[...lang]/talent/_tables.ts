/** The talent view's three tables in the reader's language: the page renders them, the CSV export writes them. */
import { t } from '#i18n/index.ts';
import { pick, type Locale } from '#i18n/locales.ts';
import { SKILLS } from '#lib/content/skills.ts';
import { PARKS, isParkId } from '#lib/enterprise/parks.ts';
import type { OutcomeRow, TalentView } from '#lib/training-orders/talent.ts';

export interface Table {
  id: 'supply' | 'institution' | 'park';
  title: string;
  head: string[];
  rows: (string | number)[][];
  chart: { title: string; names: [string, string]; rows: { label: string; a: number; b: number }[] };
}

export function talentTables(view: TalentView, locale: Locale): Table[] {
  const skillName = (s: string) => (s in SKILLS ? pick(SKILLS[s as keyof typeof SKILLS], locale) : s);
  const institution = (k: string | null) => {
    const n = k ? view.institutionNames.get(k) : undefined;
    return n ? pick(n, locale) : t(locale, 'talent.noInstitution');
  };
  const park = (k: string | null) => (k && isParkId(k) ? pick(PARKS[k], locale) : (k ?? '—'));
  const outcomeHead = [t(locale, 'talent.trainees'), t(locale, 'talent.hired'), t(locale, 'talent.retained3'), t(locale, 'talent.retained6'), t(locale, 'talent.retained12')];
  const outcomeRow = (label: string, r: OutcomeRow) => [label, r.trainees, r.hired, r.retained[3], r.retained[6], r.retained[12]];
  const outcomeChart = (title: string, rows: OutcomeRow[], label: (k: string | null) => string) => ({
    title,
    names: [t(locale, 'talent.hired'), t(locale, 'talent.retained3')] as [string, string],
    rows: rows.map((r) => ({ label: label(r.key), a: r.hired, b: r.retained[3] })),
  });
  return [
    {
      id: 'supply',
      title: t(locale, 'talent.supply.title'),
      head: [t(locale, 'talent.skill'), t(locale, 'talent.openSeats'), t(locale, 'talent.minLevel'), t(locale, 'talent.qualified'), t(locale, 'talent.gap')],
      rows: view.supply.map((s) => [skillName(s.skill), s.openSeats, s.level, s.qualified, s.gap]),
      chart: { title: t(locale, 'talent.supply.chart'), names: [t(locale, 'talent.openSeats'), t(locale, 'talent.qualified')], rows: view.supply.map((s) => ({ label: skillName(s.skill), a: s.openSeats, b: s.qualified })) },
    },
    {
      id: 'institution',
      title: t(locale, 'talent.placements.byInstitution'),
      head: [t(locale, 'talent.institution'), ...outcomeHead],
      rows: view.byInstitution.map((r) => outcomeRow(institution(r.key), r)),
      chart: outcomeChart(t(locale, 'talent.placements.chart'), view.byInstitution, institution),
    },
    {
      id: 'park',
      title: t(locale, 'talent.placements.byPark'),
      head: [t(locale, 'talent.parkCol'), ...outcomeHead],
      rows: view.byPark.map((r) => outcomeRow(park(r.key), r)),
      chart: outcomeChart(t(locale, 'talent.placements.chart'), view.byPark, park),
    },
  ];
}
