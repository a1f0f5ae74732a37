import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The model's written sections, in the order of the registration form. */
export const SECTIONS = ["summary", "goals", "implementation", "results", "assignedTask"] as const;

interface Props {
  content: Partial<Record<(typeof SECTIONS)[number] | "field" | "kind" | "ownerName", unknown>>;
  /** the owner's kind in words, where the reader needs it (the unit's own cadre does) */
  owner?: string;
  notGiven: string;
}

/**
 * A model's content as the unit wrote it: field, kind and owner on one line, then each section under its name
 * (line breaks kept, a section left empty said so). The cadre reads it on the model, the committee on the case.
 */
export function ModelContent({ content, owner, notGiven }: Props) {
  const { t } = useTranslation();
  const ownerName = content.ownerName ? String(content.ownerName) : "";
  const about = [
    content.field ? t(`field.${String(content.field)}`) : "",
    content.kind ? t(`kind.${String(content.kind)}`) : "",
    owner ? `${owner}${ownerName ? `: ${ownerName}` : ""}` : ownerName,
  ];
  return (
    <>
      <Text size="sm" c="gray.7">
        {about.filter(Boolean).join(" · ")}
      </Text>
      {SECTIONS.map((name) => (
        <Stack key={name} gap={0} mt="sm">
          <Text fw={600} size="sm">
            {t(`form.${name}`)}
          </Text>
          <Text style={{ whiteSpace: "pre-wrap" }}>{(content[name] as string | undefined) || notGiven}</Text>
        </Stack>
      ))}
    </>
  );
}
