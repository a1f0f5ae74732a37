import createClient, { type Middleware } from "openapi-fetch";
import type { paths as RegistryPaths, components as RegistryComponents } from "./generated/registry";
import type { paths as RecognitionPaths } from "./generated/recognition";
import type { paths as ReportingPaths } from "./generated/reporting";
import { ProblemError, type Problem } from "./problem";

export type Registry = RegistryComponents["schemas"];

/**
 * The three services' clients, typed by their OpenAPI documents (src/api/generated, written at build time). The
 * app is served on the APIs' origin (the Ingress, or the local launcher's gateway), so every path is relative.
 */
export interface Apis {
  registry: ReturnType<typeof createClient<RegistryPaths>>;
  recognition: ReturnType<typeof createClient<RecognitionPaths>>;
  reporting: ReturnType<typeof createClient<ReportingPaths>>;
}

export function createApis(token: () => Promise<string | undefined>, language: () => string): Apis {
  const auth: Middleware = {
    async onRequest({ request }) {
      const bearer = await token();
      if (bearer) {
        request.headers.set("Authorization", `Bearer ${bearer}`);
      }
      request.headers.set("Accept-Language", language());
      return request;
    },
  };
  const baseUrl = window.location.origin;
  const registry = createClient<RegistryPaths>({ baseUrl });
  const recognition = createClient<RecognitionPaths>({ baseUrl });
  const reporting = createClient<ReportingPaths>({ baseUrl });
  for (const client of [registry, recognition, reporting]) {
    client.use(auth);
  }
  return { registry, recognition, reporting };
}

/**
 * The data of an openapi-fetch answer, or its problem thrown: screens catch ProblemError and show it in words.
 */
export function orThrow<T>(result: { data?: T; error?: unknown; response: Response }): { data: T; etag: string } {
  if (result.error !== undefined || !result.response.ok) {
    const body = (result.error ?? {}) as Problem;
    throw new ProblemError({ status: result.response.status, ...body });
  }
  return { data: result.data as T, etag: result.response.headers.get("ETag") ?? "" };
}
