import { describe, expect, it } from 'vitest';
import { hashToRoute, routeToHash, type Route } from '../../src/routing/route';

describe('hash routes', () => {
  const routes: [string, Route][] = [
    ['#/', { name: 'home' }],
    ['#/profile', { name: 'profile' }],
    ['#/cycles/new', { name: 'new-cycle' }],
    ['#/cycles/c1', { name: 'cycle', cycleId: 'c1' }],
    [
      '#/cycles/c1/results/digital-maturity',
      {
        name: 'results',
        cycleId: 'c1',
        questionnaireId: 'digital-maturity',
      },
    ],
    ['#/cycles/c1/roadmap', { name: 'roadmap', cycleId: 'c1' }],
    ['#/responses/r1', { name: 'take', responseId: 'r1' }],
    ['#/responses/r1/review', { name: 'take', responseId: 'r1', page: 'review' }],
    ['#/history', { name: 'history' }],
    ['#/settings', { name: 'settings' }],
    ['#/compare', { name: 'compare' }],
    ['#/compare/c2025/c2026', { name: 'compare', earlierCycleId: 'c2025', laterCycleId: 'c2026' }],
  ];

  it.each(routes)('reads %s and writes it back the same', (hash, route) => {
    expect(hashToRoute(hash)).toEqual(route);
    expect(routeToHash(route)).toBe(hash);
  });

  it('reads the two cycles of a comparison in the order the link gives them', () => {
    expect(hashToRoute('#/compare/b/a')).toEqual({
      name: 'compare',
      earlierCycleId: 'b',
      laterCycleId: 'a',
    });
  });

  it('keeps the same cycle named twice, for the screen to refuse with a message', () => {
    expect(hashToRoute('#/compare/a/a')).toEqual({
      name: 'compare',
      earlierCycleId: 'a',
      laterCycleId: 'a',
    });
  });

  it('encodes and decodes cycle ids with characters that have a meaning in a URL', () => {
    const route: Route = { name: 'compare', earlierCycleId: 'a/b c', laterCycleId: 'é#1' };
    const hash = routeToHash(route);
    expect(hash).toBe('#/compare/a%2Fb%20c/%C3%A9%231');
    expect(hashToRoute(hash)).toEqual(route);
  });

  it('leads home from a comparison link with one cycle or more than two', () => {
    expect(hashToRoute('#/compare/a')).toEqual({ name: 'home' });
    expect(hashToRoute('#/compare/a/b/c')).toEqual({ name: 'home' });
  });

  it('ignores a trailing slash and a missing leading slash', () => {
    expect(hashToRoute('#/compare/')).toEqual({ name: 'compare' });
    expect(hashToRoute('#compare/a/b')).toEqual({
      name: 'compare',
      earlierCycleId: 'a',
      laterCycleId: 'b',
    });
  });

  it('leads home from an unknown hash', () => {
    expect(hashToRoute('#/nowhere')).toEqual({ name: 'home' });
    expect(hashToRoute('')).toEqual({ name: 'home' });
  });
});
