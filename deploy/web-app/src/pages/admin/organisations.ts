import type { Apis, Registry } from "../../api/client";
import { orThrow } from "../../api/client";

export type Organisation = Registry["OrganisationView"];

/** Every organisation the admin may see, page after page (the API pages by id, 500 at most a page). */
export async function allOrganisations(apis: Apis): Promise<Organisation[]> {
  const all: Organisation[] = [];
  let cursor: string | undefined;
  do {
    const { data } = orThrow(
      await apis.registry.GET("/api/v1/organisations", { params: { query: { limit: 500, cursor } } }),
    );
    all.push(...(data.items ?? []));
    cursor = data.nextCursor ?? undefined;
  } while (cursor);
  return all;
}
