/** What a person's own study pages read (learner home, government study page): the profile model with titles and certificates. */
import { pick, type Locale } from '#i18n/locales.ts';
import type { Db } from '#lib/db/client.ts';
import { learnerProfile } from '#lib/progress/profile.ts';
import { listCertificates } from '#lib/certificates/certificates.ts';
import { learnPageModel } from '#pages/[...lang]/learn/_learn-page.ts';
import { lessonTitles, listCourseSummaries, scenarioTitles } from './content.ts';

export async function loadStudyModel(db: Db, userId: string, locale: Locale) {
  const [profile, certificates, courses, lessons, scenarios] = await Promise.all([learnerProfile(db, userId), listCertificates(db, userId), listCourseSummaries(), lessonTitles(locale), scenarioTitles(locale)]);
  const model = learnPageModel({ profile, certificates, courseTitles: Object.fromEntries(courses.map((c) => [c.id, pick(c.data.title, locale)])), lessonTitles: lessons, scenarioTitles: scenarios });
  return { model, courses };
}
