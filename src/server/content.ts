/** Content collections as plain data for pages (the only place that calls getCollection for them). */
import { getCollection, getEntry } from 'astro:content';
import type { Partner, Course, GlossaryTerm } from '../lib/content/schema.ts';

export async function listPartners(): Promise<Partner[]> {
  const order = ['lnpu', 'sylg', 'fvtc'];
  return (await getCollection('partners')).map((e) => e.data).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

export async function getPartner(id: string): Promise<Partner | undefined> {
  return (await getEntry('partners', id))?.data;
}

export interface CourseEntry {
  id: string;
  data: Course;
}

export async function listCourses(): Promise<CourseEntry[]> {
  return (await getCollection('courses')).map((e) => ({ id: e.id, data: e.data })).sort((a, b) => a.id.localeCompare(b.id));
}

export async function listGlossary(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).map((e) => e.data);
}
