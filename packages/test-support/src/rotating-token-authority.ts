// The state of an OAuth server that rotates refresh tokens with reuse detection (RFC 9700 §4.14.2): every refresh
// token works once; presenting one that was already rotated revokes its whole family (all tokens issued since the
// login), which forces that user to log in again. The one fake OAuth server's state: its loopback HTTP face
// (token-endpoint.ts), its MSW face (token-endpoint-mock.ts) and the soak bench all answer from it.

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresInSeconds: number;
}

export type RefreshOutcome =
  | ({ ok: true } & IssuedTokens)
  | { ok: false; reason: 'reused' | 'revoked' | 'unknown' };

export interface RotatingTokenAuthority {
  /** A user login (code exchange): a new family with its first tokens. */
  login(): IssuedTokens;
  /** `grant_type=refresh_token`: rotates a live refresh token; a rotated one revokes its family. */
  refresh(refreshToken: string): RefreshOutcome;
  /** Whether an API call with this access token is authorised (not expired, family not revoked). */
  isValid(accessToken: string): boolean;
  /** Revokes the family of a refresh token (an administrator or a logout). */
  revoke(refreshToken: string): void;
  /** Whether `refreshToken` is the usable refresh token of a family that is not revoked. */
  isLive(refreshToken: string): boolean;
  /** Refresh tokens presented after they were rotated (each one revoked a family). */
  readonly reuses: number;
  /** Refresh attempts answered `invalid_grant` for any reason. */
  readonly rejected: number;
  /** Token responses issued (logins and refreshes). */
  readonly issued: number;
}

export interface RotatingTokenAuthorityOptions {
  expiresInSeconds: number;
  clock?: () => number;
  /** Names of the `issued`-th tokens (counted over every family); default `at-<family>-<n>` and `rt-<family>-<n>`. */
  names?: (issued: number, family: number) => { accessToken: string; refreshToken: string };
}

export function createRotatingTokenAuthority(options: RotatingTokenAuthorityOptions): RotatingTokenAuthority {
  const clock = options.clock ?? Date.now;
  let issued = 0;
  let reuses = 0;
  let rejected = 0;
  let families = 0;
  /** Refresh token -> family; the family's live refresh token; revoked families. */
  const familyOf = new Map<string, number>();
  const live = new Map<number, string>();
  const revoked = new Set<number>();
  const accessTokens = new Map<string, { family: number; expiresAt: number }>();

  function issue(family: number): IssuedTokens {
    issued += 1;
    const { accessToken, refreshToken } = options.names?.(issued, family) ?? {
      accessToken: `at-${family}-${issued}`,
      refreshToken: `rt-${family}-${issued}`,
    };
    familyOf.set(refreshToken, family);
    live.set(family, refreshToken);
    accessTokens.set(accessToken, { family, expiresAt: clock() + options.expiresInSeconds * 1000 });
    // keep memory flat over a long soak: forget access tokens that expired a while ago
    if (accessTokens.size > 1_000) {
      for (const [token, entry] of accessTokens) if (entry.expiresAt < clock() - 60_000) accessTokens.delete(token);
    }
    return { accessToken, refreshToken, expiresInSeconds: options.expiresInSeconds };
  }

  return {
    login: () => issue(++families),
    refresh(refreshToken) {
      const family = familyOf.get(refreshToken);
      if (family === undefined) {
        rejected += 1;
        return { ok: false, reason: 'unknown' };
      }
      if (revoked.has(family)) {
        rejected += 1;
        return { ok: false, reason: 'revoked' };
      }
      if (live.get(family) !== refreshToken) {
        reuses += 1;
        rejected += 1;
        revoked.add(family);
        live.delete(family);
        return { ok: false, reason: 'reused' };
      }
      return { ok: true, ...issue(family) };
    },
    isValid(accessToken) {
      const entry = accessTokens.get(accessToken);
      return entry !== undefined && !revoked.has(entry.family) && clock() < entry.expiresAt;
    },
    isLive(refreshToken) {
      const family = familyOf.get(refreshToken);
      return family !== undefined && !revoked.has(family) && live.get(family) === refreshToken;
    },
    revoke(refreshToken) {
      const family = familyOf.get(refreshToken);
      if (family === undefined) return;
      revoked.add(family);
      live.delete(family);
    },
    get reuses() {
      return reuses;
    },
    get rejected() {
      return rejected;
    },
    get issued() {
      return issued;
    },
  };
}
