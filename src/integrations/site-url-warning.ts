// Ends every build without SITE_URL with a warning: such a build points its canonical links,
// hreflang and sitemap at localhost, and must not be published (npm run build:deploy refuses).
import type { AstroIntegration } from 'astro';
import { LOCAL_SITE_URL_WARNING } from '../site-env.ts';

export function siteUrlWarning(): AstroIntegration {
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (LOCAL_SITE_URL_WARNING) logger.warn(LOCAL_SITE_URL_WARNING);
      },
    },
  };
}
