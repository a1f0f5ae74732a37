import { UserManager, WebStorageStateStore, type User } from "oidc-client-ts";
import type { AppConfig } from "../config";

/**
 * Sign-in with Keycloak by the authorization code flow with PKCE (oidc-client-ts does S256 by default). Tokens
 * live in the tab's session storage only; the code is taken off the address once exchanged.
 */
export class Session {
  private readonly manager: UserManager;

  constructor(config: AppConfig) {
    this.manager = new UserManager({
      authority: config.issuer,
      client_id: config.clientId,
      redirect_uri: `${window.location.origin}/`,
      post_logout_redirect_uri: `${window.location.origin}/`,
      response_type: "code",
      scope: "openid",
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      automaticSilentRenew: true,
    });
  }

  /** The signed-in user, after finishing a sign-in the address carries (?code=…&state=…). */
  async start(): Promise<User | null> {
    const url = new URL(window.location.href);
    if (url.searchParams.has("code") && url.searchParams.has("state")) {
      const user = await this.manager.signinRedirectCallback();
      const back = typeof user.state === "string" ? user.state : "/";
      window.history.replaceState({}, "", back);
      return user;
    }
    const user = await this.manager.getUser();
    return user && !user.expired ? user : null;
  }

  signIn(returnTo: string): Promise<void> {
    return this.manager.signinRedirect({ state: returnTo });
  }

  signOut(): Promise<void> {
    return this.manager.signoutRedirect();
  }

  async token(): Promise<string | undefined> {
    const user = await this.manager.getUser();
    return user?.access_token;
  }
}

/** What the app shows of the signed-in user: name, organisation and roles, from the access token's claims. */
export interface Person {
  /** The token's subject: what a council knows its members by (a username can be renamed). */
  subject: string;
  username: string;
  name: string;
  organisationId: string;
  roles: string[];
}

export function personOf(user: User): Person {
  const claims = decodeClaims(user.access_token);
  const roles = (claims.realm_access as { roles?: string[] } | undefined)?.roles ?? [];
  return {
    subject: String(claims.sub ?? ""),
    username: String(claims.preferred_username ?? ""),
    name: String(claims.name ?? claims.preferred_username ?? ""),
    organisationId: String(claims.org_id ?? ""),
    roles,
  };
}

function decodeClaims(token: string): Record<string, unknown> {
  const payload = token.split(".")[1] ?? "";
  const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))));
}
