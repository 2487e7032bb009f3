// The app's screens as data, and their hash URLs (#/cycles/…): the back button works and a reload
// stays on the same screen.

export type Route =
  | { name: 'home' }
  | { name: 'profile' }
  | { name: 'new-cycle' }
  | { name: 'cycle'; cycleId: string }
  | { name: 'take'; responseId: string; page?: string }
  | { name: 'results'; cycleId: string; questionnaireId: string }
  | { name: 'roadmap'; cycleId: string }
  /** The client skills check read to a client by phone or video, counted in this cycle. */
  | { name: 'read-aloud'; cycleId: string }
  | { name: 'history' }
  /** Year-over-year comparison; without cycle ids, the screen offers to pick two. */
  | { name: 'compare'; earlierCycleId?: string; laterCycleId?: string }
  | { name: 'settings' }
  /** A questionnaire's blank printable copy, in the language chosen for it. */
  | { name: 'print'; questionnaireId: string; version: string; language: 'en' | 'fr' }
  /** The sector snapshot's screens, which read their own path (src/features/sector-snapshot). */
  | { name: 'sector'; path: string[] };

const segment = (value: string) => encodeURIComponent(value);

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'profile':
      return '#/profile';
    case 'new-cycle':
      return '#/cycles/new';
    case 'cycle':
      return `#/cycles/${segment(route.cycleId)}`;
    case 'take':
      return `#/responses/${segment(route.responseId)}${route.page ? `/${segment(route.page)}` : ''}`;
    case 'results':
      return `#/cycles/${segment(route.cycleId)}/results/${segment(route.questionnaireId)}`;
    case 'roadmap':
      return `#/cycles/${segment(route.cycleId)}/roadmap`;
    case 'read-aloud':
      return `#/cycles/${segment(route.cycleId)}/read-aloud`;
    case 'history':
      return '#/history';
    case 'compare':
      return route.earlierCycleId !== undefined && route.laterCycleId !== undefined
        ? `#/compare/${segment(route.earlierCycleId)}/${segment(route.laterCycleId)}`
        : '#/compare';
    case 'settings':
      return '#/settings';
    case 'print':
      return `#/print/${segment(route.questionnaireId)}/${segment(route.version)}/${route.language}`;
    case 'sector':
      return `#/${['sector', ...route.path].map(segment).join('/')}`;
  }
}

/** The route a hash names; unknown hashes lead home. */
export function hashToRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
  const [first, second, third, fourth] = parts;
  if (first === 'profile' && parts.length === 1) return { name: 'profile' };
  if (first === 'history' && parts.length === 1) return { name: 'history' };
  if (first === 'settings' && parts.length === 1) return { name: 'settings' };
  if (first === 'sector') return { name: 'sector', path: parts.slice(1) };
  if (first === 'compare' && parts.length === 1) return { name: 'compare' };
  if (first === 'compare' && second && third && parts.length === 3) {
    return { name: 'compare', earlierCycleId: second, laterCycleId: third };
  }
  if (first === 'cycles' && second === 'new' && parts.length === 2) return { name: 'new-cycle' };
  if (
    first === 'print' &&
    second &&
    third &&
    (fourth === 'en' || fourth === 'fr') &&
    parts.length === 4
  ) {
    return { name: 'print', questionnaireId: second, version: third, language: fourth };
  }
  if (first === 'cycles' && second) {
    if (parts.length === 2) return { name: 'cycle', cycleId: second };
    if (third === 'roadmap' && parts.length === 3) return { name: 'roadmap', cycleId: second };
    if (third === 'read-aloud' && parts.length === 3)
      return { name: 'read-aloud', cycleId: second };
    if (third === 'results' && fourth && parts.length === 4) {
      return { name: 'results', cycleId: second, questionnaireId: fourth };
    }
  }
  if (first === 'responses' && second && parts.length <= 3) {
    return third
      ? { name: 'take', responseId: second, page: third }
      : { name: 'take', responseId: second };
  }
  return { name: 'home' };
}
