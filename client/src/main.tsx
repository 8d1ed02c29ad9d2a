import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { apollo } from './api/client.js';
import { initI18n } from './i18n/index.js';
import { App } from './app/App.js';
import { parseRoute } from './app/router.js';
import { prefetchBoard } from './board/useBoardData.js';
import './app/styles.css';

const route = parseRoute(window.location.pathname);
if (route.name === 'board') prefetchBoard(route.id);

void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ApolloProvider client={apollo}>
        <App />
      </ApolloProvider>
    </StrictMode>,
  );
});
