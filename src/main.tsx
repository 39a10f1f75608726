import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
// A transition render is time-sliced: React yields to the browser every few milliseconds instead of
// holding the main thread for the whole first render, so the page stays responsive while it boots.
const reactRoot = createRoot(root);
startTransition(() =>
  reactRoot.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
