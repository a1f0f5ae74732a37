import { Anchor, Group, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Registry } from "../api/client";

type Attachment = Registry["AttachmentView"];

/** A model's evidence: each file by name (opened in the browser's viewer), its size and what it shows. */
export function EvidenceList({ attachments, empty, onOpen }: {
  attachments: Attachment[];
  empty: string;
  onOpen: (attachment: Attachment) => void;
}) {
  const { t } = useTranslation();
  if (attachments.length === 0) {
    return <Text size="sm">{empty}</Text>;
  }
  return (
    <List data-testid="evidence">
      {attachments.map((a) => (
        <List.Item key={a.id}>
          <Group gap="xs">
            <Anchor component="button" type="button" onClick={() => onOpen(a)}>
              {a.fileName}
            </Anchor>
            <Text size="sm" c="gray.7">
              {t("evidence.size", { size: Math.max(1, Math.round((a.sizeBytes ?? 0) / 1024)) })}
              {a.description ? ` · ${a.description}` : ""}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
