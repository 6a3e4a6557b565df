import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import './app/base.css';

// The server puts a fresh nonce in this meta tag and allows only <style> elements carrying it.
const nonce = document.querySelector<HTMLMetaElement>('meta[name="lantern-style-nonce"]')?.content;
const renderer = createDOMRenderer(document, nonce && !nonce.startsWith('__') ? { styleElementAttributes: { nonce } } : {});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RendererProvider renderer={renderer} targetDocument={document}>
      <App />
    </RendererProvider>
  </StrictMode>,
);
