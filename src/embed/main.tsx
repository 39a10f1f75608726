import '../index.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { hydrate } from '@tanstack/react-query';
import { createQueryClient } from '../app/query-client';
import { readQueryState } from '../app/query-state';
import { watchStreamedAnswers } from '../api/watch-streamed-answers';
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
// The server rendered the embed with its data (src/entry-server.tsx): hydrate it with the same data.
const queryClient = createQueryClient();
const state = readQueryState(document);
if (state) hydrate(queryClient, state);
watchStreamedAnswers(document);
const app = (
  <StrictMode>
    <EmbedApp parsed={parsed} queryClient={queryClient} />
  </StrictMode>
);
if (root.firstElementChild) hydrateRoot(root, app);
else createRoot(root).render(app); // the dev server, or the build served as plain files
