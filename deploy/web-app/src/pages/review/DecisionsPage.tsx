import { Anchor, Badge, Button, Group, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { orThrow } from "../../api/client";
import { useKeysetPages } from "../../api/useKeysetPages";
import { PagedList } from "../../components/PagedList";
import { useApp } from "../../context";
import { formatDate } from "../../i18n";
import type { DecisionView } from "./types";

/** The decisions of the caller's organisation and those below it, newest first; keyset paging with "show more". */
export function DecisionsPage() {
  const { t, i18n } = useTranslation();
  const { apis } = useApp();
  const [status, setStatus] = useState<string | null>(null);
  const pages = useKeysetPages(
    async (cursor) =>
      orThrow(await apis.recognition.GET("/api/v1/decisions", {
        params: { query: { status: status ?? undefined, cursor, limit: 20 } },
      })).data,
    status,
  );
  const number = (d: DecisionView, weight?: number) => (
    <Anchor component={Link} to={`/review/decisions/${d.id}`} fw={weight}>{d.number}</Anchor>
  );
  const issuedOn = (d: DecisionView) => formatDate(d.issuedOn, i18n.language);

  return (
    <Stack component="section" aria-labelledby="decisions-title">
      <Group justify="space-between">
        <Title order={1} id="decisions-title" size="h2">{t("review.decisions.title")}</Title>
        <Button component={Link} to="/review/decisions/new">{t("review.decisions.draft")}</Button>
      </Group>
      <Select label={t("review.decisions.status")} placeholder={t("review.decisions.allStatuses")} clearable maw={300}
        value={status} onChange={setStatus}
        data={["ISSUED", "REVOKED"].map((s) => ({ value: s, label: t(`review.decisions.${s}`) }))} />
      <PagedList
        pages={pages}
        testId="decisions"
        rowTestId="decision-row"
        rowKey={(d) => d.id!}
        empty={<Text>{t("review.decisions.empty")}</Text>}
        moreLabel={t("review.decisions.more")}
        columns={[
          { header: t("review.decisions.columns.number"), cell: (d) => number(d) },
          { header: t("review.decisions.columns.issuedOn"), cell: issuedOn },
          { header: t("review.decisions.columns.level"), cell: (d) => t(`level.${d.level}`) },
          { header: t("review.decisions.columns.issuer"), cell: (d) => d.issuerName },
          { header: t("review.decisions.columns.models"), cell: (d) => d.modelIds?.length ?? 0 },
          { header: t("review.decisions.columns.status"), cell: (d) => <DecisionBadge status={d.status} /> },
        ]}
        card={(d) => (
          <>
            {number(d, 600)}
            <Text size="sm">{d.issuerName}</Text>
            <Group justify="space-between" mt={4}>
              <DecisionBadge status={d.status} />
              <Text size="sm">{issuedOn(d)}</Text>
            </Group>
          </>
        )}
      />
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
