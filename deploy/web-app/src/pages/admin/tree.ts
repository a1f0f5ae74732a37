/** The fields of an organisation the tree needs (the registry's OrganisationView has them all). */
export interface OrganisationLike {
  id?: string;
  kind?: string;
  name?: string;
  parentId?: string | null;
  active?: boolean;
}

/** One organisation in the tree, with the organisations directly under it, by name. */
export interface TreeNode<O extends OrganisationLike> {
  organisation: O;
  children: TreeNode<O>[];
}

export const KINDS = ["PROVINCE", "BLOC", "BASE", "UNIT"] as const;

/** The kind an organisation under one of this kind has (a unit has none under it). */
export function childKind(kind: string | undefined): string | undefined {
  const index = KINDS.indexOf(kind as (typeof KINDS)[number]);
  return index >= 0 && index < KINDS.length - 1 ? KINDS[index + 1] : undefined;
}

/** The kind a parent of this kind of organisation has (a province has none). */
export function parentKind(kind: string | undefined): string | undefined {
  const index = KINDS.indexOf(kind as (typeof KINDS)[number]);
  return index > 0 ? KINDS[index - 1] : undefined;
}

const byName = (language: string) => {
  const collator = new Intl.Collator(language === "en" ? "en" : "vi");
  return <O extends OrganisationLike>(a: TreeNode<O>, b: TreeNode<O>) =>
    collator.compare(a.organisation.name ?? "", b.organisation.name ?? "");
};

/**
 * The province's tree from the API's flat list (paged by id, not by place): each organisation under its parent,
 * siblings by name. One whose parent is not in the list (the caller administers a bloc, say) is a root itself, so
 * nothing the API answered goes missing.
 */
export function buildTree<O extends OrganisationLike>(flat: O[], language = "vi"): TreeNode<O>[] {
  const nodes = new Map<string, TreeNode<O>>();
  for (const organisation of flat) {
    nodes.set(organisation.id ?? "", { organisation, children: [] });
  }
  const roots: TreeNode<O>[] = [];
  for (const node of nodes.values()) {
    const parent = node.organisation.parentId ? nodes.get(node.organisation.parentId) : undefined;
    (parent && parent !== node ? parent.children : roots).push(node);
  }
  const order = byName(language);
  const sort = (list: TreeNode<O>[]) => {
    list.sort(order);
    list.forEach((node) => sort(node.children));
  };
  sort(roots);
  return roots;
}

/** The ids of a node and of everything under it: where it may not be moved to. */
export function subtreeIds<O extends OrganisationLike>(node: TreeNode<O>): Set<string> {
  const ids = new Set<string>();
  const walk = (n: TreeNode<O>) => {
    ids.add(n.organisation.id ?? "");
    n.children.forEach(walk);
  };
  walk(node);
  return ids;
}

/** The node with this id, wherever it is in the tree. */
export function findNode<O extends OrganisationLike>(roots: TreeNode<O>[], id: string): TreeNode<O> | undefined {
  for (const node of roots) {
    if (node.organisation.id === id) {
      return node;
    }
    const found = findNode(node.children, id);
    if (found) {
      return found;
    }
  }
  return undefined;
}

/** The ids from a root down to this one: the branches to open for it to show. */
export function pathTo<O extends OrganisationLike>(flat: O[], id: string): string[] {
  const parents = new Map(flat.map((o) => [o.id ?? "", o.parentId ?? undefined]));
  const path: string[] = [];
  let current: string | undefined = id;
  while (current && !path.includes(current) && parents.has(current)) {
    path.unshift(current);
    current = parents.get(current);
  }
  return path;
}
