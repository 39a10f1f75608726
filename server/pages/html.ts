// One escape for the server's pages and the browser's embed snippets (src/contract/embed-view.ts).
export { escapeHtml } from '../../src/contract/escape-html';
