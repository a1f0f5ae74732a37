import { orThrow, type Apis } from "../../api/client";
import type { components } from "../../api/generated/registry";
import type { ServiceName } from "./deadLetters";

export type DeadLetter = components["schemas"]["DeadLetter"];
export type ReplayReport = components["schemas"]["Report"];

/** Letters per page asked for: the API's most. */
const PAGE = 500;
/** Pages read at most: past 5,000 letters the screen says more are waiting (and the scripts page on). */
const MAX_PAGES = 10;

/** Every dead letter of one service, page after page, and whether more remained unread. */
export async function readLetters(apis: Apis, service: ServiceName): Promise<{ letters: DeadLetter[]; more: boolean }> {
  const letters: DeadLetter[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = { limit: PAGE, cursor };
    const answer =
      service === "registry"
        ? await apis.registry.GET("/api/v1/registry-dead-letters", { params: { query } })
        : service === "recognition"
          ? await apis.recognition.GET("/api/v1/recognition-dead-letters", { params: { query } })
          : await apis.reporting.GET("/api/v1/reporting-dead-letters", { params: { query } });
    const { data } = orThrow(answer);
    letters.push(...((data.items ?? []) as DeadLetter[]));
    cursor = data.nextCursor ?? undefined;
    if (!cursor) {
      return { letters, more: false };
    }
  }
  return { letters, more: true };
}

/** Replays the letters named (never none: the API would take that for every letter). */
export async function replayLetters(apis: Apis, service: ServiceName, ids: string[]): Promise<ReplayReport> {
  if (ids.length === 0) {
    throw new Error("no letter to replay");
  }
  const query = { id: ids };
  const answer =
    service === "registry"
      ? await apis.registry.POST("/api/v1/registry-dead-letters/replay", { params: { query } })
      : service === "recognition"
        ? await apis.recognition.POST("/api/v1/recognition-dead-letters/replay", { params: { query } })
        : await apis.reporting.POST("/api/v1/reporting-dead-letters/replay", { params: { query } });
  return orThrow(answer).data as ReplayReport;
}
