import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/theme.css';
import { languageReady } from '../ui/i18n';
import { Routes } from './Routes';
import { registerServiceWorker } from './serviceWorker';

const root = document.getElementById('root');
// The first render waits for the page's language (bokmål is already here; nynorsk or English is one small chunk).
void languageReady.then(() => {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <Routes />
    </StrictMode>,
  );
  registerServiceWorker();
});
