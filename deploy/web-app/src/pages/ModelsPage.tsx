import { Anchor, Button, Card, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue, useMediaQuery } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { orThrow, type Registry } from "../api/client";
import { ProblemAlert } from "../components/ProblemAlert";
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
  const phone = useMediaQuery("(max-width: 48em)");
  const [q, setQ] = useState("");
  const [query] = useDebouncedValue(q.trim(), 300);
  const [status, setStatus] = useState<Status | null>(null);
  const [items, setItems] = useState<Summary[] | null>(null);
  const [cursor, setCursor] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);

  const load = async (after?: string) => {
    setError(null);
    try {
      const { data } = orThrow(
        await apis.registry.GET("/api/v1/models", {
          params: {
            query: {
              organisationId: person.organisationId,
              q: query || undefined,
              status: status ? [status] : undefined,
              cursor: after,
              limit: 20,
            },
          },
        }),
      );
      setItems((previous) => [...(after ? previous ?? [] : []), ...(data.items ?? [])]);
      setCursor(data.nextCursor ?? undefined);
    } catch (e) {
      setError(e);
    }
  };

  useEffect(() => {
    setItems(null);
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, status]);

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
      {error !== null && <ProblemAlert error={error} onReload={() => void load()} />}
      {items === null && error === null && <Loader aria-label={t("app.loading")} />}
      {items !== null && items.length === 0 && <Text>{t("list.empty")}</Text>}
      {items !== null && items.length > 0 && (
        <>
          <Text size="sm" c="gray.7" aria-live="polite">
            {t("list.count", { count: items.length })}
          </Text>
          {phone ? (
            <Stack gap="sm" data-testid="models">
              {items.map((m) => (
                <Card key={m.id} withBorder padding="sm" data-testid="model-row">
                  <Anchor component={Link} to={`/models/${m.id}`} fw={600}>
                    {m.title}
                  </Anchor>
                  <Group justify="space-between" mt={4}>
                    <StatusBadge status={m.status} />
                    <Text size="sm">{formatDate(m.updatedAt, i18n.language)}</Text>
                  </Group>
                </Card>
              ))}
            </Stack>
          ) : (
            <Table striped highlightOnHover data-testid="models">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("list.columns.title")}</Table.Th>
                  <Table.Th>{t("list.columns.field")}</Table.Th>
                  <Table.Th>{t("list.columns.status")}</Table.Th>
                  <Table.Th>{t("list.columns.updated")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((m) => (
                  <Table.Tr key={m.id} data-testid="model-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/models/${m.id}`}>
                        {m.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{m.field ? t(`field.${m.field}`) : ""}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={m.status} />
                    </Table.Td>
                    <Table.Td>{formatDate(m.updatedAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {cursor && (
            <Button variant="default" onClick={() => void load(cursor)}>
              {t("list.more")}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
