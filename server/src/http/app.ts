// The HTTP surface: GET /healthz, POST /graphql, and the built client (client/dist) for
// everything else.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import type { AuthUser, Ctx } from '../graphql/context.js';
import { buildSchema } from '../graphql/schema.js';
import { formatError } from '../graphql/format-error.js';
import { i18nPlugin } from '../graphql/i18n-plugin.js';
import { pickLang } from '../i18n/index.js';
import { userFromRequest } from '../auth/sessions.js';
import { securityHeaders } from './headers.js';
import { rateLimits } from './rate-limit.js';
import { httpErrors } from './errors.js';
import { setSessionCacheSeconds } from '../auth/session-cache.js';
import { armor } from '../graphql/armor.js';

const clientDist = resolve(dirname(fileURLToPath(import.meta.url)), '../../../client/dist');

const HEALTH_TIMEOUT_MS = 5_000;

export interface Health {
  ready: () => boolean;
}

export async function createApp(config: Config, db: Db, health: Health): Promise<{ app: Express; apollo: ApolloServer<Ctx> }> {
  setSessionCacheSeconds(config.SESSION_CACHE_SECONDS);
  const limits = armor(config);
  const apollo = new ApolloServer<Ctx>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.NODE_ENV !== 'production',
    // No "Did you mean ...?" in validation errors: the schema is not to be guessed field by field.
    hideSchemaDetailsFromClientErrors: true,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: the client does not use them, and their cache is one more
    // thing a stranger could fill.
    persistedQueries: false,
    // Refuses requests a browser could send cross-site without a preflight (text/plain or form
    // POSTs, GETs without a custom header): with SameSite=Strict cookies, the CSRF defence.
    csrfPrevention: true,
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    // Cache control off: the API answers `Cache-Control: no-store` itself, and the plugin would
    // wrap every field resolver in a hook (thousands on a board).
    plugins: [...limits.plugins, i18nPlugin, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Behind a load balancer, the client's address is the one the last TRUST_PROXY_HOPS proxies saw.
  app.set('trust proxy', config.TRUST_PROXY_HOPS > 0 ? config.TRUST_PROXY_HOPS : false);
  const rate = rateLimits(config);
  app.use(securityHeaders);

  app.get('/healthz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (!health.ready()) {
      res.status(503).json({ status: 'starting' });
      return;
    }
    try {
      // Bounded: a database that accepts connections but does not answer is down too, and a
      // probe waiting for the driver's own timeouts (tens of seconds) says so far too late.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('health check timed out')), HEALTH_TIMEOUT_MS);
      });
      await Promise.race([db.verify(), late]).finally(() => clearTimeout(timer));
      res.status(200).json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  app.use(
    '/graphql',
    (_req, res, next) => {
      res.set('Cache-Control', 'no-store');
      next();
    },
    rate.api,
    express.json({ limit: config.HTTP_BODY_LIMIT_KB * 1024 }),
    rate.login,
    // The session's user is looked up before Apollo: if the database is away, the request gets
    // errors.ts's translated UNAVAILABLE (503), not a failed GraphQL context (an INTERNAL 500).
    async (req, res, next) => {
      res.locals.user = await userFromRequest(req, db, config);
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Ctx> => ({
        db,
        config,
        user: (res.locals.user as AuthUser | null | undefined) ?? null,
        lang: pickLang(req.get('x-tavla-lang') ?? undefined, req.get('accept-language') ?? undefined),
        req,
        res,
        cache: { people: new Map(), groups: new Map() },
      }),
    }),
  );

  if (existsSync(clientDist)) {
    app.use(express.static(clientDist, { index: false, maxAge: '1h' }));
    // A board's own address gets board.html: the same page, whose first script may draw the
    // board before loading the app (client/src/predraw/first.ts; built by client/vite.config.ts).
    const boardPage = existsSync(join(clientDist, 'board.html')) ? 'board.html' : 'index.html';
    app.get(/^\/(?!graphql|healthz).*/, (req, res) => {
      res.set('Cache-Control', 'no-store');
      res.sendFile(join(clientDist, /^\/boards\/[^/]+\/?$/.test(req.path) ? boardPage : 'index.html'));
    });
  }
  app.use(httpErrors);
  return { app, apollo };
}
