// A GraphQL client for tests that keeps its session cookie, like a browser.
export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any>; path?: (string | number)[] }[];
  headers: Headers;
}

export class TestClient {
  cookie: string | undefined;
  /** Sent with every request (e.g. X-Forwarded-For, to stand in for another client address). */
  headers: Record<string, string> = {};
  constructor(readonly url: string, public lang = 'en') {}

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-tavla-lang': this.lang,
        ...this.headers,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /tavla_session=([^;]*)/.exec(setCookie);
      this.cookie = m && m[1] ? `tavla_session=${m[1]}` : undefined;
    }
    const body = (await res.json()) as { data?: T; errors?: GqlResult['errors'] };
    return { status: res.status, headers: res.headers, ...body };
  }

  /** Runs a query that must succeed; returns its data. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.gql<T>(query, variables);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  }

  async login(username: string, password = 'tavla-demo'): Promise<this> {
    await this.ok('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', { u: username, p: password });
    return this;
  }
}

/** Logged-in clients for demo users, logged in side by side, in the order named. */
export function loginAll<const N extends readonly string[]>(url: string, ...usernames: N): Promise<{ -readonly [K in keyof N]: TestClient }> {
  return Promise.all(usernames.map((u) => new TestClient(url).login(u))) as Promise<{ -readonly [K in keyof N]: TestClient }>;
}
