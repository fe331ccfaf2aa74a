// Every page is prerendered to a plain file; there is no server.
export const prerender = true;
export const trailingSlash = 'always';
