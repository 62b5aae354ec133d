// `federa tokens create|list|revoke`: API bearer tokens. A token is printed once, at creation;
// the database keeps only its hash.
import type { UiLang } from '../../core/langstring.js';
import { hashToken, newToken } from '../../core/api-token.js';
import { TOKEN_ROLES, type TokenRole } from '../../store/store.js';
import { openDatabase, UsageError, type GlobalOptions } from '../context.js';
import { t } from '../messages.js';

export interface TokensCommandOptions extends GlobalOptions {
  role?: string;
  name?: string;
  json?: boolean;
}

const MAX_NAME_LENGTH = 100;

export async function tokensCreateCommand(options: TokensCommandOptions, lang: UiLang): Promise<number> {
  const role = options.role;
  if (role === undefined || !(TOKEN_ROLES as readonly string[]).includes(role)) {
    throw new UsageError(t(lang, 'tokenRole', { value: role ?? '', roles: TOKEN_ROLES.join(', ') }));
  }
  const name = options.name?.trim();
  // eslint-disable-next-line no-control-regex
  if (name !== undefined && (name === '' || name.length > MAX_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(name))) {
    throw new UsageError(t(lang, 'tokenName', { max: MAX_NAME_LENGTH }));
  }
  const catalogue = openDatabase(options);
  try {
    const made = newToken();
    await catalogue.store.createToken({ id: made.id, ...(name ? { name } : {}), role: role as TokenRole, hash: hashToken(made.token), createdAt: new Date().toISOString() });
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ id: made.id, role, ...(name ? { name } : {}), token: made.token }, null, 2)}\n`);
    } else {
      process.stdout.write(`${made.token}\n`);
      process.stderr.write(`${t(lang, 'tokenCreated', { id: made.id, role })}\n`);
    }
    return 0;
  } finally {
    await catalogue.close();
  }
}

export async function tokensListCommand(options: TokensCommandOptions, lang: UiLang): Promise<number> {
  const catalogue = openDatabase(options);
  try {
    // The hash stays in the database: it is of no use to a reader and one less thing to leak.
    const tokens = (await catalogue.store.listTokens()).map(({ hash: _hash, ...rest }) => rest);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(tokens, null, 2)}\n`);
      return 0;
    }
    if (tokens.length === 0) {
      process.stdout.write(`${t(lang, 'noTokens')}\n`);
      return 0;
    }
    process.stdout.write(`${t(lang, 'tokenHeader')}\n`);
    for (const token of tokens) {
      const state = token.revokedAt ? t(lang, 'tokenRevokedAt', { at: token.revokedAt }) : t(lang, 'tokenActive');
      process.stdout.write(`${token.id}  ${token.role}  ${token.name ?? '—'}  ${token.createdAt}  ${token.lastUsedAt ?? t(lang, 'tokenNeverUsed')}  ${state}\n`);
    }
    return 0;
  } finally {
    await catalogue.close();
  }
}

export async function tokensRevokeCommand(id: string, options: TokensCommandOptions, lang: UiLang): Promise<number> {
  const catalogue = openDatabase(options);
  try {
    if (!(await catalogue.store.revokeToken(id, new Date().toISOString()))) throw new UsageError(t(lang, 'tokenNotFound', { id }), 1);
    process.stdout.write(`${t(lang, 'tokenRevoked', { id })}\n`);
    return 0;
  } finally {
    await catalogue.close();
  }
}
