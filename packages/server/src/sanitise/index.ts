export { resolveSrcset, type SanitiseOptions, sanitiseHtml } from './sanitise-html.js';
