/**
 * The queue's filters as the screen holds them, kept in the address (a reload or a shared link shows the same
 * queue), and as listReviewQueue's query takes them.
 */
export interface QueueFilters {
  campaignId: string | null;
  field: string | null;
  kind: string | null;
  unitId: string | null;
  stage: string | null;
  /** "yes": only cases past their level's review window; "no": only those within it; null: any. */
  overdue: "yes" | "no" | null;
  sort: "oldest" | "newest";
}

export const FILTER_NAMES = ["campaignId", "field", "kind", "unitId", "stage", "overdue"] as const;

export interface QueueQuery {
  campaignId?: string;
  field?: string;
  kind?: string;
  unitId?: string;
  stage?: string;
  overdue?: boolean;
  sort?: string;
  cursor?: string;
  limit: number;
}

/** The filters an address carries; what it does not name (or names wrongly) is "any". */
export function filtersOf(search: URLSearchParams): QueueFilters {
  const value = (name: string) => search.get(name)?.trim() || null;
  const overdue = value("overdue");
  return {
    campaignId: value("campaignId"),
    field: value("field"),
    kind: value("kind"),
    unitId: value("unitId"),
    stage: value("stage"),
    overdue: overdue === "yes" || overdue === "no" ? overdue : null,
    sort: value("sort") === "newest" ? "newest" : "oldest",
  };
}

/** The address's query for the filters: only those set, and the order when it is not the default. */
export function searchOf(filters: QueueFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value) {
      search.set(name, value);
    }
  }
  if (filters.sort === "newest") {
    search.set("sort", "newest");
  }
  return search;
}

/** listReviewQueue's query: a filter not set is left out (the API reads absent as any), overdue as a boolean. */
export function queueQuery(filters: QueueFilters, cursor?: string, limit = 20): QueueQuery {
  const query: QueueQuery = { limit };
  for (const name of ["campaignId", "field", "kind", "unitId", "stage"] as const) {
    const value = filters[name];
    if (value) {
      query[name] = value;
    }
  }
  if (filters.overdue) {
    query.overdue = filters.overdue === "yes";
  }
  if (filters.sort === "newest") {
    query.sort = "newest";
  }
  if (cursor) {
    query.cursor = cursor;
  }
  return query;
}

/** Whether any filter narrows the queue: an empty queue then says to widen it, not that nothing waits. */
export function isFiltered(filters: QueueFilters): boolean {
  return FILTER_NAMES.some((name) => filters[name] !== null);
}
