// Which address of a resource a reader follows, and whether a province-specific resource applies.
import type { Province } from './provinces';
import type { ResourceLink } from './schema';

/** The page in the reader's language when the resource has one per language. */
export function resourceUrl(resource: ResourceLink, language: 'en' | 'fr'): string {
  return typeof resource.url === 'string' ? resource.url : resource.url[language];
}

/**
 * Whether a resource applies where the organization works. A resource for some provinces applies
 * only there; when the province is not stated it is kept, since it may apply.
 */
export function resourceApplies(resource: ResourceLink, province: Province | undefined): boolean {
  return (
    resource.provinces === undefined ||
    province === undefined ||
    resource.provinces.includes(province)
  );
}
