// One Apollo Client for the app. Same origin as the server, so the httpOnly session cookie rides
// along; every request names the UI language so server errors come back translated.
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { i18n } from '../i18n/index.js';
import { toApiError } from './errors.js';

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called when any request finds the session gone (expired or logged out elsewhere). */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

const langLink = new SetContextLink((prev) => ({ headers: { ...(prev.headers as Record<string, string>), 'x-tavla-lang': i18n.language || 'en' } }));

const sessionLink = new ErrorLink(({ error }) => {
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    for (const l of unauthenticatedListeners) l();
  }
});

export const apollo = new ApolloClient({
  link: ApolloLink.from([langLink, sessionLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  cache: new InMemoryCache(),
  defaultOptions: { query: { fetchPolicy: 'no-cache' }, watchQuery: { fetchPolicy: 'cache-and-network' } },
});

/** A query that must succeed, outside React (the board keeps its own state, not Apollo's cache). */
export async function query<TData, TVars extends OperationVariables>(doc: TypedDocumentNode<TData, TVars>, variables: TVars): Promise<TData> {
  try {
    const r = await apollo.query({ query: doc, variables, fetchPolicy: 'no-cache' } as never);
    return (r as { data: TData }).data;
  } catch (err) {
    throw toApiError(err);
  }
}

export async function mutate<TData, TVars extends OperationVariables>(doc: TypedDocumentNode<TData, TVars>, variables: TVars): Promise<TData> {
  try {
    const r = await apollo.mutate({ mutation: doc, variables, fetchPolicy: 'no-cache' } as never);
    return (r as { data: TData }).data;
  } catch (err) {
    throw toApiError(err);
  }
}
