import { describe, expect, it } from 'vitest';
import { resourceApplies, resourceUrl } from '../../src/engine/resources';
import { resourceLinkSchema, type ResourceLink } from '../../src/engine/schema';

const title = { en: 'Guide', fr: 'Guide' };

function parse(raw: unknown): ResourceLink {
  return resourceLinkSchema.parse(raw);
}

describe('resource links', () => {
  it('give a French reader the French page and an English reader the English page', () => {
    const resource = parse({
      title,
      url: { en: 'https://example.ca/en/guide', fr: 'https://example.ca/fr/guide' },
    });
    expect(resourceUrl(resource, 'fr')).toBe('https://example.ca/fr/guide');
    expect(resourceUrl(resource, 'en')).toBe('https://example.ca/en/guide');
  });

  it('still accept one address for both languages, as published 1.0.0 definitions have', () => {
    const resource = parse({ title, url: 'https://example.ca/guide', free: true });
    expect(resourceUrl(resource, 'fr')).toBe('https://example.ca/guide');
  });

  it('refuse an address that is not https, in either language', () => {
    expect(() => parse({ title, url: 'http://example.ca' })).toThrow();
    expect(() =>
      parse({ title, url: { en: 'https://example.ca/en', fr: 'javascript:alert(1)' } }),
    ).toThrow();
  });

  it('apply a province-specific resource only in its provinces, and keep it when the province is not stated', () => {
    const quebecOnly = parse({ title, url: 'https://example.qc.ca', provinces: ['QC'] });
    expect(resourceApplies(quebecOnly, 'QC')).toBe(true);
    expect(resourceApplies(quebecOnly, 'MB')).toBe(false);
    expect(resourceApplies(quebecOnly, undefined)).toBe(true);
    const federal = parse({ title, url: 'https://example.gc.ca' });
    expect(resourceApplies(federal, 'YT')).toBe(true);
  });

  it('refuse an unknown province code and an empty province list', () => {
    expect(() => parse({ title, url: 'https://example.ca', provinces: ['XX'] })).toThrow();
    expect(() => parse({ title, url: 'https://example.ca', provinces: [] })).toThrow();
  });
});
