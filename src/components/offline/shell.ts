/**
 * The shell's part of offline study, kept to a few lines: the offline code loads only on pages the
 * service worker controls, i.e. on a device where a learner saved a course.
 */
export function loadOfflineWhenControlled(): void {
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
  void import('./offline-page.ts').then((m) => m.startOfflinePage());
}
