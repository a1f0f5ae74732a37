import { Badge, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { orThrow } from "../../api/client";
import type { components } from "../../api/generated/recognition";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { CouncilForm } from "./CouncilForm";

type Council = components["schemas"]["CouncilView"];
type Level = components["schemas"]["Level"];

/**
 * The councils the campaign's committees have formed, by level: who sits on each, its quorum and chair; the admin
 * forms one for a committee of a level, or changes one.
 */
export function CouncilsList({ campaignId, levels }: { campaignId: string; levels: Level[] }) {
  const { t } = useTranslation();
  const { apis } = useApp();
  const [councils, setCouncils] = useState<Council[] | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  // the form open: "new", or the id of the council changed
  const [editing, setEditing] = useState<string | null>(null);

  const load = () => {
    apis.recognition.GET("/api/v1/councils", { params: { query: { campaignId } } })
      .then((answer) => setCouncils(orThrow(answer).data))
      .catch(setProblem);
  };

  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(load, [apis, campaignId]);

  const saved = () => {
    setEditing(null);
    load();
  };

  return (
    <Card withBorder component="section" aria-labelledby="councils-title" data-testid="councils">
      <Stack gap="sm">
        <Title order={2} size="h4" id="councils-title">
          {t("admin.councils.title")}
        </Title>
        {problem !== null && <ProblemAlert error={problem} />}
        {editing === "new" ? (
          <CouncilForm campaignId={campaignId} levels={levels} onSaved={saved} onCancel={() => setEditing(null)} />
        ) : (
          <Group>
            <Button size="xs" onClick={() => setEditing("new")}>{t("admin.councils.formOne")}</Button>
          </Group>
        )}
        {councils !== null && councils.length === 0 && <Text size="sm">{t("admin.councils.empty")}</Text>}
        {councils?.map((c) => (
          <Stack key={c.id} gap={4} data-testid="council">
            <Group gap="xs">
              <Text fw={600}>{c.name}</Text>
              <Badge variant="light" color="gray" c="dark.8" tt="none">{t(`level.${c.level}`)}</Badge>
            </Group>
            <Text size="sm">
              {t("admin.councils.summary", { committee: c.organisationId, quorum: c.quorum, members: c.members?.length ?? 0 })}
            </Text>
            <List size="sm">
              {(c.members ?? []).map((m) => (
                <List.Item key={m.sub}>
                  {m.fullName}
                  {m.title ? `, ${m.title}` : ""} ({m.orgId}){m.chair ? ` · ${t("admin.councils.chair")}` : ""}
                </List.Item>
              ))}
            </List>
            {editing === c.id ? (
              <CouncilForm campaignId={campaignId} levels={levels} council={c} onSaved={saved}
                onCancel={() => setEditing(null)} />
            ) : (
              <Group>
                <Button size="xs" variant="default" onClick={() => setEditing(c.id!)}
                  aria-label={t("admin.councils.changeOne", { name: c.name })}>
                  {t("admin.councils.change")}
                </Button>
              </Group>
            )}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
