import { Anchor, Button, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { orThrow, type Registry } from "../api/client";
import { useKeysetPages } from "../api/useKeysetPages";
import { PagedList } from "../components/PagedList";
import { StatusBadge } from "../components/StatusBadge";
import { useApp } from "../context";
import { formatDate } from "../i18n";

type Summary = Registry["ModelSummary"];
type Status = Registry["ModelStatus"];
const STATUSES: Status[] = ["DRAFT", "SUBMITTED", "RETURNED", "RECOGNIZED", "NOMINATED", "DECLINED", "WITHDRAWN", "REVOKED"];

/** The unit's models, newest change first, searched and filtered by status; keyset paging with "show more". */
export function ModelsPage() {
  const { t, i18n } = useTranslation();
  const { apis, person } = useApp();
  const [q, setQ] = useState("");
  const [query] = useDebouncedValue(q.trim(), 300);
  const [status, setStatus] = useState<Status | null>(null);
  const pages = useKeysetPages(
    async (cursor) =>
      orThrow(
        await apis.registry.GET("/api/v1/models", {
          params: {
            query: {
              organisationId: person.organisationId,
              q: query || undefined,
              status: status ? [status] : undefined,
              cursor,
              limit: 20,
            },
          },
        }),
      ).data,
    { query, status },
  );
  const title = (m: Summary, weight?: number) => (
    <Anchor component={Link} to={`/models/${m.id}`} fw={weight}>
      {m.title}
    </Anchor>
  );
  const updated = (m: Summary) => formatDate(m.updatedAt, i18n.language);

  return (
    <Stack component="section" aria-labelledby="models-title">
      <Group justify="space-between">
        <Title order={1} id="models-title" size="h2">
          {t("list.title")}
        </Title>
        <Button component={Link} to="/models/new">
          {t("nav.draft")}
        </Button>
      </Group>
      <Group grow preventGrowOverflow={false} align="flex-end">
        <TextInput
          label={t("list.search")}
          description={t("list.searchHint")}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          type="search"
        />
        <Select
          label={t("list.statusFilter")}
          placeholder={t("list.allStatuses")}
          clearable
          value={status}
          onChange={(value) => setStatus(value as Status | null)}
          data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      </Group>
      <PagedList
        pages={pages}
        testId="models"
        rowTestId="model-row"
        rowKey={(m) => m.id!}
        empty={<Text>{t("list.empty")}</Text>}
        count={(count) => t("list.count", { count })}
        moreLabel={t("list.more")}
        columns={[
          { header: t("list.columns.title"), cell: (m) => title(m) },
          { header: t("list.columns.field"), cell: (m) => (m.field ? t(`field.${m.field}`) : "") },
          { header: t("list.columns.status"), cell: (m) => <StatusBadge status={m.status} /> },
          { header: t("list.columns.updated"), cell: updated },
        ]}
        card={(m) => (
          <>
            {title(m, 600)}
            <Group justify="space-between" mt={4}>
              <StatusBadge status={m.status} />
              <Text size="sm">{updated(m)}</Text>
            </Group>
          </>
        )}
      />
    </Stack>
  );
}
