/** One field whose value differs between two states of a model's content. */
export interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

/** The content's fields in the order the form and the registry's record list them (the API's diff uses it too). */
export const CONTENT_FIELDS = [
  "campaignId", "kind", "field", "ownerKind", "ownerName", "ownerPosition", "title", "summary", "goals",
  "implementation", "results", "startedOn", "assignedTask", "replicatesModelId", "tags",
] as const;

/** What a field holds, for comparing: nothing, blank text and an empty list are all "not given". */
function normalised(value: unknown): unknown {
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof value === "string") {
    return value.trim() === "" ? null : value.trim().normalize("NFC");
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? null : value.map(normalised);
  }
  return value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What changed from one content to another, field by field in the record's order (then any field the app does
 * not know yet, so a field added to the API is not hidden): the cadre sees what their edit of a returned model
 * changes from the version that was returned, as the reviewer will see it in the registry's diff.
 */
export function changesBetween(before: object, after: object): Change[] {
  const from = before as Record<string, unknown>;
  const to = after as Record<string, unknown>;
  const known: readonly string[] = CONTENT_FIELDS;
  const others = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((f) => !known.includes(f));
  return [...known, ...others.sort()].flatMap((field) => {
    const a = normalised(from[field]);
    const b = normalised(to[field]);
    return same(a, b) ? [] : [{ field, before: a, after: b }];
  });
}

/** The fields whose values are codes, and the catalogue key prefix that words each code. */
const CODED: Record<string, string> = { kind: "kind", field: "field", ownerKind: "ownerKind" };

/** A value as the person reads it: codes in words, lists joined, nothing as "not given". */
export function shownValue(field: string, value: unknown, t: (key: string) => string): string {
  if (value === null || value === undefined) {
    return t("model.notGiven");
  }
  if (Array.isArray(value)) {
    return value.join(", ");
  }
  if (CODED[field] && typeof value === "string") {
    return t(`${CODED[field]}.${value}`);
  }
  return String(value);
}
