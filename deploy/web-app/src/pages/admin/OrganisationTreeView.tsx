import { ActionIcon, Badge, Group, UnstyledButton, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Organisation } from "./organisations";
import type { TreeNode } from "./tree";

interface Props {
  nodes: TreeNode<Organisation>[];
  open: Set<string>;
  selected: string | null;
  onToggle: (id: string) => void;
  onSelect: (id: string) => void;
}

/**
 * The tree as nested lists: each branch folds behind a button saying whether it is open (aria-expanded), each
 * organisation is a button that selects it (aria-current on the selected one). Keyboard and screen readers get
 * ordinary buttons and lists, nothing to learn.
 */
export function OrganisationTreeView({ nodes, open, selected, onToggle, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <ul style={{ listStyle: "none", margin: 0, paddingInlineStart: "1rem" }}>
      {nodes.map(({ organisation: o, children }) => {
        const id = o.id ?? "";
        const expanded = open.has(id);
        return (
          <li key={id}>
            <Group gap={4} wrap="nowrap" align="center">
              {children.length > 0 ? (
                <ActionIcon
                  variant="subtle"
                  color="dark"
                  size="sm"
                  aria-expanded={expanded}
                  aria-label={t(expanded ? "admin.tree.fold" : "admin.tree.unfold", { name: o.name })}
                  onClick={() => onToggle(id)}
                >
                  {expanded ? "▾" : "▸"}
                </ActionIcon>
              ) : (
                <span style={{ width: 22, display: "inline-block" }} aria-hidden />
              )}
              <UnstyledButton
                onClick={() => onSelect(id)}
                aria-current={selected === id ? "true" : undefined}
                data-testid="org-node"
                data-id={id}
                px={6}
                py={2}
                style={{
                  borderRadius: 4,
                  background: selected === id ? "var(--mantine-color-red-1)" : undefined,
                }}
              >
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={selected === id ? 700 : 400} td={o.active ? undefined : "line-through"}>
                    {o.name}
                  </Text>
                  <Badge size="xs" variant="light" color="gray" c="dark.8" tt="none">
                    {t(`admin.kind.${o.kind}`)}
                  </Badge>
                  {!o.active && (
                    <Badge size="xs" variant="outline" color="dark" tt="none">
                      {t("admin.organisation.inactive")}
                    </Badge>
                  )}
                </Group>
              </UnstyledButton>
            </Group>
            {expanded && children.length > 0 && (
              <OrganisationTreeView nodes={children} open={open} selected={selected} onToggle={onToggle} onSelect={onSelect} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
