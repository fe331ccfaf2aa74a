// Prerendered as build/404.html (trailingSlash 'never' gives `404.html`, not `404/index.html`): the
// file static hosts, and scripts/serve.mjs, send for any unknown address. It replaces adapter-static's
// SPA fallback, which was an empty shell without JavaScript. No JavaScript is shipped.
export const trailingSlash = 'never';
export const csr = false;
