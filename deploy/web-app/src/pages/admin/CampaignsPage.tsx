import { Anchor, Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { orThrow, type Registry } from "../../api/client";
import { notifyDone } from "../../components/notify";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { formatDate } from "../../i18n";
import { CampaignForm } from "./CampaignForm";

type Campaign = Registry["CampaignView"];

/** The province's campaigns, drafts included: their period and review windows; prepare, open and close them. */
export function CampaignsPage() {
  const { t, i18n } = useTranslation();
  const { apis } = useApp();
  const [campaigns, setCampaigns] = useState<Campaign[] | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);

  const load = async () => {
    try {
      setCampaigns(orThrow(await apis.registry.GET("/api/v1/campaigns")).data);
      setProblem(null);
    } catch (e) {
      setProblem(e);
    }
  };

  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const step = async (campaign: Campaign, to: "open" | "close") => {
    setBusy(campaign.id!);
    setProblem(null);
    try {
      const id = campaign.id!;
      const read = orThrow(await apis.registry.GET("/api/v1/campaigns/{id}", { params: { path: { id } } }));
      const path = to === "open" ? "/api/v1/campaigns/{id}/open" : "/api/v1/campaigns/{id}/close";
      orThrow(await apis.registry.POST(path, { params: { path: { id }, header: { "If-Match": read.etag } } }));
      notifyDone(t(to === "open" ? "admin.campaign.opened" : "admin.campaign.closed", { name: campaign.name }));
      await load();
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(null);
    }
  };

  const date = (value?: string) => formatDate(value, i18n.language);

  return (
    <Stack component="section" aria-labelledby="campaigns-title">
      <Group justify="space-between">
        <Title order={1} size="h2" id="campaigns-title">
          {t("admin.campaign.title")}
        </Title>
        {!creating && <Button onClick={() => setCreating(true)}>{t("admin.campaign.new")}</Button>}
      </Group>
      {creating && (
        <CampaignForm
          onCancel={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            void load();
          }}
        />
      )}
      {problem !== null && <ProblemAlert error={problem} onReload={() => void load()} />}
      {campaigns === null && problem === null && <Loader aria-label={t("app.loading")} />}
      {campaigns !== null && campaigns.length === 0 && <Text>{t("admin.campaign.empty")}</Text>}
      {campaigns?.map((c) => (
        <Card key={c.id} withBorder data-testid="campaign" data-id={c.id}>
          <Stack gap={6}>
            <Group justify="space-between">
              <Anchor component={Link} to={`/admin/campaigns/${c.id}`} fw={700}>
                {c.name}
              </Anchor>
              <Badge variant="light" color={c.status === "OPEN" ? "green" : "gray"} c="dark.8" tt="none" data-status={c.status}>
                {t(`admin.campaign.status.${c.status}`)}
              </Badge>
            </Group>
            <Text size="sm">
              {c.id} · {t("admin.campaign.period", { from: date(c.startsOn), to: date(c.endsOn) })} ·{" "}
              {t("admin.campaign.deadline", { date: date(c.registrationDeadline) })}
            </Text>
            <Table withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("admin.campaign.level")}</Table.Th>
                  <Table.Th>{t("admin.campaign.window")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(c.reviewWindows ?? []).map((w) => (
                  <Table.Tr key={w.level}>
                    <Table.Td>{t(`level.${w.level}`)}</Table.Td>
                    <Table.Td>{t("admin.campaign.period", { from: date(w.opensOn), to: date(w.closesOn) })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group gap="xs">
              <Button size="xs" variant="default" component={Link} to={`/admin/campaigns/${c.id}`}>
                {t("admin.campaign.criteria")}
              </Button>
              {c.status === "DRAFT" && (
                <Button size="xs" loading={busy === c.id} onClick={() => void step(c, "open")}>
                  {t("admin.campaign.open")}
                </Button>
              )}
              {c.status === "OPEN" && (
                <Button size="xs" color="red" variant="outline" loading={busy === c.id} onClick={() => void step(c, "close")}>
                  {t("admin.campaign.close")}
                </Button>
              )}
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
