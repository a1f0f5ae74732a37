import { Anchor, Badge, Button, Card, Group, Loader, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { orThrow } from "../../api/client";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { formatDate } from "../../i18n";
import type { DecisionView } from "./types";


/** The decisions of the caller's organisation and those below it, newest first; keyset paging with "show more". */
export function DecisionsPage() {
  const { t, i18n } = useTranslation();
  const { apis } = useApp();
  const phone = useMediaQuery("(max-width: 48em)");
  const [status, setStatus] = useState<string | null>(null);
  const [items, setItems] = useState<DecisionView[] | null>(null);
  const [cursor, setCursor] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);

  const load = async (after?: string) => {
    setError(null);
    try {
      const { data } = orThrow(await apis.recognition.GET("/api/v1/decisions", {
        params: { query: { status: status ?? undefined, cursor: after, limit: 20 } },
      }));
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
  }, [status]);

  return (
    <Stack component="section" aria-labelledby="decisions-title">
      <Group justify="space-between">
        <Title order={1} id="decisions-title" size="h2">{t("review.decisions.title")}</Title>
        <Button component={Link} to="/review/decisions/new">{t("review.decisions.draft")}</Button>
      </Group>
      <Select label={t("review.decisions.status")} placeholder={t("review.decisions.allStatuses")} clearable maw={300}
        value={status} onChange={setStatus}
        data={["ISSUED", "REVOKED"].map((s) => ({ value: s, label: t(`review.decisions.${s}`) }))} />
      {error !== null && <ProblemAlert error={error} onReload={() => void load()} />}
      {items === null && error === null && <Loader aria-label={t("app.loading")} />}
      {items !== null && items.length === 0 && <Text>{t("review.decisions.empty")}</Text>}
      {items !== null && items.length > 0 && (phone ? (
        <Stack gap="sm" data-testid="decisions">
          {items.map((d) => (
            <Card key={d.id} withBorder padding="sm" data-testid="decision-row">
              <Anchor component={Link} to={`/review/decisions/${d.id}`} fw={600}>{d.number}</Anchor>
              <Text size="sm">{d.issuerName}</Text>
              <Group justify="space-between" mt={4}>
                <DecisionBadge status={d.status} />
                <Text size="sm">{formatDate(d.issuedOn, i18n.language)}</Text>
              </Group>
            </Card>
          ))}
        </Stack>
      ) : (
        <Table striped highlightOnHover data-testid="decisions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("review.decisions.columns.number")}</Table.Th>
              <Table.Th>{t("review.decisions.columns.issuedOn")}</Table.Th>
              <Table.Th>{t("review.decisions.columns.level")}</Table.Th>
              <Table.Th>{t("review.decisions.columns.issuer")}</Table.Th>
              <Table.Th>{t("review.decisions.columns.models")}</Table.Th>
              <Table.Th>{t("review.decisions.columns.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((d) => (
              <Table.Tr key={d.id} data-testid="decision-row">
                <Table.Td><Anchor component={Link} to={`/review/decisions/${d.id}`}>{d.number}</Anchor></Table.Td>
                <Table.Td>{formatDate(d.issuedOn, i18n.language)}</Table.Td>
                <Table.Td>{t(`level.${d.level}`)}</Table.Td>
                <Table.Td>{d.issuerName}</Table.Td>
                <Table.Td>{d.modelIds?.length ?? 0}</Table.Td>
                <Table.Td><DecisionBadge status={d.status} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ))}
      {items !== null && cursor && (
        <Button variant="default" onClick={() => void load(cursor)}>{t("review.decisions.more")}</Button>
      )}
    </Stack>
  );
}

export function DecisionBadge({ status }: { status?: string }) {
  const { t } = useTranslation();
  return status ? (
    <Badge variant="light" c="dark.8" tt="none" color={status === "REVOKED" ? "red" : "green"} data-decision-status={status}>
      {t(`review.decisions.${status}`)}
    </Badge>
  ) : null;
}
