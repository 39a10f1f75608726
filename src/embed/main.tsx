import '../index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseEmbed } from '../contract/embed-view';
import { EmbedApp } from './embed-app';
import { applyEmbedTheme } from './embed-theme';

/**
 * The entry of the /embed… pages (embed.html): only what an embed shows, no router, no app shell,
 * nothing read from or written to the browser's storage (an embed holds no personal data).
 */
const parsed = parseEmbed(window.location.pathname, new URLSearchParams(window.location.search));
applyEmbedTheme(parsed.theme);
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from embed.html');
createRoot(root).render(
  <StrictMode>
    <EmbedApp parsed={parsed} />
  </StrictMode>,
);
