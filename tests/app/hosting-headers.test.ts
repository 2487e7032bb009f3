// The response headers hosts are asked to send are the same everywhere they are written down: what
// `npm start` sends, the `_headers` file shipped for Netlify and Cloudflare Pages, and the README.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostingHeaders } from '../../vite.config';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Hosting safely'), readme.indexOf('## Storage'));
const block = (language: string) =>
  new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section)?.[1] ?? '';
const expected = Object.entries(hostingHeaders);

describe('the hosting headers', () => {
  it('forbid framing by any site, sniffing, referrers and unused browser features', () => {
    expect(hostingHeaders['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
    expect(hostingHeaders['X-Frame-Options']).toBe('DENY');
    expect(hostingHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(hostingHeaders['Referrer-Policy']).toBe('no-referrer');
    for (const feature of ['camera', 'microphone', 'geolocation'])
      expect(hostingHeaders['Permissions-Policy']).toContain(`${feature}=()`);
  });

  it('shipped in _headers for Netlify and Cloudflare Pages are the ones npm start sends', () => {
    const file = readFileSync('src/app/public/_headers', 'utf8');
    expect(file).toBe(
      ['/*', ...expected.map(([name, value]) => `  ${name}: ${value}`), ''].join('\n'),
    );
  });

  it('written in the README for Netlify, nginx and Apache are the ones npm start sends', () => {
    expect(block('text')).toBe(readFileSync('src/app/public/_headers', 'utf8'));
    for (const [name, value] of expected) {
      expect(block('nginx')).toContain(`add_header ${name} "${value}" always;`);
      expect(block('apache')).toContain(`Header always set ${name} "${value}"`);
    }
  });
});
