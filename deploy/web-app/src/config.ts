/** Where the app signs in: served beside it (/config.json) by whatever serves the app, so one build runs anywhere. */
export interface AppConfig {
  /** The OIDC issuer browsers reach, e.g. http://localhost:8180/realms/dvk */
  issuer: string;
  /** The realm's public client for the web frontends (authorization code with PKCE) */
  clientId: string;
}

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch("/config.json", { cache: "no-store" });
  if (!response.ok) {
    throw new Error(`/config.json answered ${response.status}`);
  }
  return (await response.json()) as AppConfig;
}
