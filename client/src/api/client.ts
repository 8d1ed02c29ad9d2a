// One Apollo Client for the app. Same origin as the server, so the httpOnly session cookie rides
// along; every request names the UI language so server errors come back translated.
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { i18n } from '../i18n/index.js';
import { toApiError } from './errors.js';
import { takePrefetched } from './prefetch.js';

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called when any request finds the session gone (expired or logged out elsewhere). */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

const enrolmentListeners = new Set<Listener>();

/**
 * Called when a request is refused because the user's role needs a second factor this session
 * has not proved (TOTP_REQUIRED_ROLES): the app then shows the enrolment page.
 */
export function onSecondFactorEnrolmentRequired(listener: Listener): () => void {
  enrolmentListeners.add(listener);
  return () => enrolmentListeners.delete(listener);
}

const langLink = new SetContextLink((prev) => ({ headers: { ...(prev.headers as Record<string, string>), 'x-tavla-lang': i18n.language || 'en' } }));

const sessionLink = new ErrorLink(({ error }) => {
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    for (const l of unauthenticatedListeners) l();
  }
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'SECOND_FACTOR_ENROLMENT_REQUIRED')) {
    for (const l of enrolmentListeners) l();
  }
});

export const apollo = new ApolloClient({
  link: ApolloLink.from([langLink, sessionLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  cache: new InMemoryCache(),
  defaultOptions: { query: { fetchPolicy: 'no-cache' }, watchQuery: { fetchPolicy: 'cache-and-network' } },
});

/** A query that must succeed, outside React (the board keeps its own state, not Apollo's cache). */
export async function query<TData, TVars extends OperationVariables>(doc: TypedDocumentNode<TData, TVars>, variables: TVars): Promise<TData> {
  const def = doc.definitions[0];
  const early = def?.kind === 'OperationDefinition' && def.name ? takePrefetched(def.name.value, variables) : null;
  if (early) {
    try {
      return (await early) as TData;
    } catch {
      // Asked again below: Apollo reports the error (and a lost session) as for any query.
    }
  }
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
