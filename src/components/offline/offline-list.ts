/** The offline page's list: every course saved on this device with links to its lessons, then the sync state. */
import { listSavedCourses } from './store.ts';
import { renderSyncState, stringsOf } from './status-view.ts';

export function showSavedCourses(): void {
  const root = document.querySelector<HTMLElement>('[data-offline-list]');
  if (!root || !('indexedDB' in globalThis)) return;
  void listSavedCourses().then(async (courses) => {
    const slot = root.querySelector<HTMLElement>('[data-offline-courses]');
    const mine = courses.filter((c) => c.locale === document.documentElement.lang);
    if (slot && mine.length > 0) {
      slot.replaceChildren(
        ...mine.map((c) => {
          const section = document.createElement('section');
          const h = document.createElement('h3');
          h.textContent = c.title;
          const list = document.createElement('ol');
          for (const l of c.lessons) {
            const a = Object.assign(document.createElement('a'), { href: l.url, textContent: l.title });
            const li = document.createElement('li');
            li.append(a);
            list.append(li);
          }
          section.append(h, list);
          return section;
        }),
      );
    }
    await renderSyncState(root, stringsOf(root));
  });
}
