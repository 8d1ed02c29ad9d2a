// First: sends the first page's requests before anything else is evaluated.
import './app/boot.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { apollo } from './api/client.js';
import { initI18n } from './i18n/index.js';
import { App } from './app/App.js';
import './app/styles.css';

void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ApolloProvider client={apollo}>
        <App />
      </ApolloProvider>
    </StrictMode>,
  );
});
