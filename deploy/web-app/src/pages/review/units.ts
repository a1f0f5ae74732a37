/** An organisation as the registry lists it: enough to place it in the tree. */
export interface OrgNode {
  id?: string;
  kind?: string;
  name?: string;
  parentId?: string | null;
}

/**
 * The units under an organisation, at any depth (a bloc's units lie under its bases), by name: the units whose
 * models reach its committee, and so the only ones worth offering in its queue's filter.
 */
export function unitsUnder(organisations: OrgNode[], rootId: string): { value: string; label: string }[] {
  const byId = new Map(organisations.filter((o) => o.id).map((o) => [o.id!, o]));
  const under = (o: OrgNode): boolean => {
    const seen = new Set<string>();
    for (let parent = o.parentId; parent && !seen.has(parent); parent = byId.get(parent)?.parentId) {
      if (parent === rootId) {
        return true;
      }
      seen.add(parent);
    }
    return false;
  };
  return organisations
    .filter((o) => o.id && o.kind === "UNIT" && under(o))
    .map((o) => ({ value: o.id!, label: o.name ?? o.id! }))
    .sort((a, b) => a.label.localeCompare(b.label, "vi"));
}

/**
 * The units to pick from, with the one already chosen kept (by its id) if the list lacks it: a commendation's unit
 * taken from a case, or typed before the list came, still shows and is never silently dropped.
 */
export function withChosen(units: { value: string; label: string }[], chosen?: string | null):
    { value: string; label: string }[] {
  return !chosen || units.some((u) => u.value === chosen) ? units : [{ value: chosen, label: chosen }, ...units];
}
