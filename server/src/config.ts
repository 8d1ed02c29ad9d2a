// Environment is a trust boundary: parsed once, with zod, into a typed config.
import { z } from 'zod';
import { defaultStatutes, parseStatutes } from './consents/statutes.js';
import { defaultRetentionRule, parseRetentionRule } from './retention/rule.js';

const port = z.coerce.number().int().min(0).max(65535);
const count = z.coerce.number().int().positive();
const roles = ['COORDINATOR', 'MEMBER', 'ANALYST', 'MANAGER', 'ADMIN', 'REPORTER', 'AUDITOR'] as const;
const roleList = z
  .string()
  .transform((v) => v.split(',').map((r) => r.trim().toUpperCase()).filter(Boolean))
  .pipe(z.array(z.enum(roles)));

/** A 256-bit key written as 64 hex digits or as base64; null when it is neither. */
export function keyBytes(value: string): Buffer | null {
  const v = value.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(v) ? Buffer.from(v, 'hex') : /^[A-Za-z0-9+/_-]{43}=?$/.test(v) ? Buffer.from(v, 'base64') : null;
  return bytes && bytes.length === 32 ? bytes : null;
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(4000),
  HOST: z.string().default('127.0.0.1'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  EMBEDDED_NEO4J_PORT: port.default(7687),
  EMBEDDED_NEO4J_DIR: z.string().default('data/neo4j'),
  EMBEDDED_NEO4J_HEAP: z.string().regex(/^\d+[mg]$/).default('1g'),
  EMBEDDED_NEO4J_START_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
  SEED_DEMO: z.enum(['auto', 'never', 'always']).default('auto'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  // Logins (auth/throttle.ts, auth/totp.ts).
  LOGIN_LOCKOUT_USER_THRESHOLD: count.default(5),
  LOGIN_LOCKOUT_IP_THRESHOLD: count.default(30),
  LOGIN_LOCKOUT_BASE_SECONDS: count.default(30),
  LOGIN_LOCKOUT_MAX_MINUTES: count.default(15),
  LOGIN_FAILURE_WINDOW_MINUTES: count.default(60),
  TOTP_REQUIRED_ROLES: roleList.default([]),
  TOTP_ENCRYPTION_KEY: z
    .string()
    .refine((v) => keyBytes(v) !== null, 'must be 32 random bytes, as 64 hex digits or base64')
    .optional(),
  TOTP_KEY_FILE: z.string().default('data/totp.key'),
  // HTTP and GraphQL limits (http/limits.ts).
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  HTTP_BODY_LIMIT_KB: count.default(2048),
  RATE_LIMIT_WINDOW_SECONDS: count.default(60),
  RATE_LIMIT_API_MAX: count.default(600),
  RATE_LIMIT_LOGIN_MAX: count.default(10),
  GRAPHQL_MAX_DEPTH: count.default(10),
  GRAPHQL_MAX_COST: count.default(5000),
  GRAPHQL_MAX_ALIASES: count.default(30),
  GRAPHQL_MAX_DIRECTIVES: count.default(30),
  GRAPHQL_MAX_TOKENS: count.default(4000),
  // E-mail to the readiness team (readiness/mail.ts): none at all without SMTP_URL.
  SMTP_URL: z.string().regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().default('Tavla <tavla@localhost>'),
  /** The address people open Tavla at, for links in e-mails. */
  PUBLIC_URL: z.string().url().optional(),
  /** The municipality's time zone, for times written in e-mails and PDFs. */
  // Retention (retention/rule.ts, retention/purge.ts): how long a person's data is kept, and the
  // purge that removes it after that. Interval 0 turns the timer off (tests); purgeExpired still works.
  RETENTION_RULE: z
    .string()
    .default(defaultRetentionRule)
    .transform((v, ctx) => {
      try {
        return parseRetentionRule(v);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: (e as Error).message });
        return z.NEVER;
      }
    }),
  RETENTION_PURGE_INTERVAL_HOURS: z.coerce.number().min(0).max(24 * 31).default(24),
  RETENTION_PURGE_DELAY_SECONDS: z.coerce.number().min(0).max(86_400).default(60),
  TIME_ZONE: z.string().refine((z) => { try { new Intl.DateTimeFormat('en', { timeZone: z }); return true; } catch { return false; } }, 'must be an IANA time zone, e.g. Europe/Copenhagen').default('Europe/Copenhagen'),
  /** The statutes OTHER_STATUTE data may name (consents/statutes.ts): the list as JSON, or a JSON file's path. */
  LEGAL_STATUTES: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return defaultStatutes;
      try {
        return parseStatutes(v);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: (e as Error).message });
        return z.NEVER;
      }
    }),
});

export type Config = z.infer<typeof schema> & { embedded: boolean };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.NEO4J_URI && !c.NEO4J_PASSWORD) {
    throw new Error('Invalid configuration:\n  NEO4J_PASSWORD: required when NEO4J_URI is set');
  }
  if (c.NODE_ENV === 'production' && !c.TOTP_ENCRYPTION_KEY) {
    // A key file beside the database would be on the same disk as what it protects.
    throw new Error('Invalid configuration:\n  TOTP_ENCRYPTION_KEY: required when NODE_ENV=production');
  }
  return { ...c, embedded: !c.NEO4J_URI };
}
