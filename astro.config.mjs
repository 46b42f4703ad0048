// @ts-check
import { defineConfig, envField } from 'astro/config';
import node from '@astrojs/node';
import react from '@astrojs/react';
import mdx from '@astrojs/mdx';

export default defineConfig({
  output: 'server',
  // Middleware mode: src/server/http/serve.ts is the server (static files precompressed, compression, cluster).
  adapter: node({ mode: 'middleware' }),
  integrations: [react(), mdx()],
  site: 'http://localhost:4321',
  server: { port: 4321, host: true },
  security: { checkOrigin: true },
  trailingSlash: 'ignore',
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  env: {
    schema: {
      DATABASE_URL: envField.string({ context: 'server', access: 'secret', optional: true }),
      DATABASE_AUTH_TOKEN: envField.string({ context: 'server', access: 'secret', optional: true }),
    },
  },
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every .mdx file triggers this harmless warning under rolldown (open Astro issue).
          if (warning.message?.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
