/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// Everything the app loads comes from its own origin; nothing is fetched from third parties.
// Added to the production build only (the dev server injects inline scripts for hot reload).
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Response headers for hosting (README, "Hosting safely"), sent by `vite preview` so `npm start` is safe
 * as it is. frame-ancestors only works as a header (a meta tag's is ignored); X-Frame-Options is its
 * older equivalent for older browsers.
 */
export const hostingHeaders = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': [
    'camera=()',
    'microphone=()',
    'geolocation=()',
    'payment=()',
    'usb=()',
    'serial=()',
    'hid=()',
    'midi=()',
    'display-capture=()',
    'accelerometer=()',
    'gyroscope=()',
    'magnetometer=()',
    'browsing-topics=()',
  ].join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'boussole-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  publicDir: 'src/app/public',
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    VitePWA({
      // The app shows its own "new version available" prompt; it never reloads by itself mid-answer.
      registerType: 'prompt',
      injectRegister: false,
      // Two manifests (English, French) live in publicDir; the app points <link rel="manifest"> at one.
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,webmanifest,woff,woff2,ttf,png,svg}'],
        // The Arabic and Chinese report fonts (about 5 MB) are fetched only when a report needs them,
        // then kept for offline use by the runtime rule below.
        globIgnores: ['**/noto-sans-arabic-*', '**/noto-sans-sc-*'],
        runtimeCaching: [
          {
            urlPattern: /\/assets\/noto-sans-(arabic|sc)-[^/]+\.woff$/,
            handler: 'CacheFirst',
            options: { cacheName: 'report-fonts' },
          },
        ],
        // The PDF chunk and embedded fonts are large; without this they are silently left out.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    // Every browser the app supports (IndexedDB, service workers, ES2020) preloads modules natively or,
    // without the polyfill, just loads them when imported: the polyfill would only add to the first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the first screen imports statically goes in one chunk: on HTTP/1.1 a browser
        // opens six connections per host, and a dozen small shared chunks cost extra round trips.
        // The record shapes the later screens share (src/domain) go in one chunk too, rather than one
        // tiny chunk each: every chunk a lazy screen may load is named in the first chunk's code.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'] },
            { name: 'records', test: /[\\/]src[\\/]domain[\\/]/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: hostingHeaders },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    setupFiles: ['tests/support/setup.ts'],
    // Component tests drive a whole screen through jsdom and fake IndexedDB; on a busy 2-core CI machine
    // a few take several seconds. Speed is measured by `npm run bench`, not by test time-outs.
    testTimeout: 20_000,
  },
});
