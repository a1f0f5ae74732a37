import { Anchor, Badge, Group, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { orThrow } from "../../api/client";
import { useKeysetPages } from "../../api/useKeysetPages";
import { PagedList } from "../../components/PagedList";
import { useApp } from "../../context";
import { formatDate } from "../../i18n";
import { filtersOf, isFiltered, queueQuery, searchOf, type QueueFilters } from "./queueQuery";
import { unitsUnder } from "./units";
import { FIELDS, KINDS, type QueueEntry } from "./types";

type Option = { value: string; label: string };

/**
 * The committee's queue: the cases waiting at its level, longest waiting first, narrowed by campaign, field, kind,
 * unit, stage and review window (the filters live in the address); counts of the whole filtered queue, keyset
 * paging with "show more". A table on a desk, cards on a phone.
 */
export function QueuePage() {
  const { t, i18n } = useTranslation();
  const { apis, person } = useApp();
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => filtersOf(search), [search]);
  const [campaigns, setCampaigns] = useState<Option[]>([]);
  const [units, setUnits] = useState<Option[]>([]);
  const pages = useKeysetPages(
    async (cursor) =>
      orThrow(await apis.recognition.GET("/api/v1/reviews", { params: { query: queueQuery(filters, cursor) } })).data,
    filters,
  );
  const counts = pages.last?.counts;
  const items = pages.items;
  const title = (e: QueueEntry, weight?: number) => (
    <Anchor component={Link} to={`/review/cases/${e.modelId}`} fw={weight}>
      {e.title}
    </Anchor>
  );

  // the filters' choices: the campaigns the committee takes part in, the units of the province by name
  useEffect(() => {
    void (async () => {
      try {
        const found = orThrow(await apis.registry.GET("/api/v1/campaigns", {}));
        setCampaigns(campaignOptions(found.data));
        const organisations = orThrow(await apis.registry.GET("/api/v1/organisations", { params: { query: { limit: 500 } } }));
        setUnits(unitsUnder(organisations.data.items ?? [], person.organisationId));
      } catch {
        // the choices help; without them the queue still works unfiltered
      }
    })();
  }, [apis, person.organisationId]);

  const change = (name: keyof QueueFilters, value: string | null) =>
    setSearch(searchOf({ ...filters, [name]: value } as QueueFilters), { replace: true });

  return (
    <Stack component="section" aria-labelledby="queue-title">
      <Title order={1} id="queue-title" size="h2">
        {t("review.queue.title")}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <Select label={t("review.queue.campaign")} placeholder={t("review.queue.allCampaigns")} clearable
          value={filters.campaignId} onChange={(v) => change("campaignId", v)} data={campaigns} />
        <Select label={t("review.queue.field")} placeholder={t("review.queue.allFields")} clearable
          value={filters.field} onChange={(v) => change("field", v)}
          data={FIELDS.map((f) => ({ value: f, label: t(`field.${f}`) }))} />
        <Select label={t("review.queue.kind")} placeholder={t("review.queue.allKinds")} clearable
          value={filters.kind} onChange={(v) => change("kind", v)}
          data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        <Select label={t("review.queue.unit")} placeholder={t("review.queue.allUnits")} clearable searchable
          value={filters.unitId} onChange={(v) => change("unitId", v)} data={units} />
        <Select label={t("review.queue.stage")} placeholder={t("review.queue.allStages")} clearable
          value={filters.stage} onChange={(v) => change("stage", v)}
          data={["UNDER_REVIEW", "RECOGNIZED"].map((s) => ({ value: s, label: t(`review.stage.${s}`) }))} />
        <Select label={t("review.queue.overdue")} placeholder={t("review.queue.anyWindow")} clearable
          value={filters.overdue} onChange={(v) => change("overdue", v)}
          data={[{ value: "yes", label: t("review.queue.onlyOverdue") }, { value: "no", label: t("review.queue.withinWindow") }]} />
        <Select label={t("review.queue.sort")} value={filters.sort} allowDeselect={false}
          onChange={(v) => change("sort", v === "newest" ? "newest" : null)}
          data={[{ value: "oldest", label: t("review.queue.oldest") }, { value: "newest", label: t("review.queue.newest") }]} />
      </SimpleGrid>
      {counts && (
        <Text size="sm" c="gray.7" aria-live="polite" data-testid="queue-counts">
          {t("review.queue.counts", { total: counts.total, overdue: counts.overdue })}
          {items && items.length > 0 ? ` · ${t("review.queue.showing", { count: items.length })}` : ""}
        </Text>
      )}
      <PagedList
        pages={pages}
        testId="queue"
        rowTestId="queue-row"
        rowKey={(e) => e.modelId!}
        empty={
          <Text data-testid="queue-empty">{isFiltered(filters) ? t("review.queue.empty") : t("review.queue.emptyAll")}</Text>
        }
        moreLabel={t("review.queue.more")}
        columns={[
          {
            header: t("review.queue.columns.title"),
            cell: (e) => (
              <>
                {title(e)}
                <Text size="xs" c="gray.7">
                  {e.field ? t(`field.${e.field}`) : ""} · {e.kind ? t(`kind.${e.kind}`) : ""}
                </Text>
              </>
            ),
          },
          { header: t("review.queue.columns.unit"), cell: (e) => e.unitName },
          { header: t("review.queue.columns.level"), cell: (e) => t(`level.${e.level}`) },
          { header: t("review.queue.columns.stage"), cell: (e) => <StageBadge stage={e.stage} /> },
          { header: t("review.queue.columns.arrived"), cell: (e) => formatDate(e.arrivedAt, i18n.language) },
          { header: t("review.queue.columns.waiting"), cell: (e) => t("review.queue.days", { count: e.waitingDays }) },
          {
            header: t("review.queue.columns.closes"),
            cell: (e) => (
              <Group gap={4}>
                {e.reviewClosesOn ? formatDate(e.reviewClosesOn, i18n.language) : t("review.queue.noWindow")}
                {e.overdue && <OverdueBadge />}
              </Group>
            ),
          },
        ]}
        card={(e) => (
          <>
            {title(e, 600)}
            <Text size="sm">{e.unitName}</Text>
            <Group justify="space-between" mt={4} gap="xs">
              <StageBadge stage={e.stage} />
              <Text size="sm">
                {t(`level.${e.level}`)} · {t("review.queue.days", { count: e.waitingDays })}
              </Text>
              {e.overdue && <OverdueBadge />}
            </Group>
          </>
        )}
      />
    </Stack>
  );
}

/** A case's stage at its level, in words; the tint only helps, the near-black text carries it. */
export function StageBadge({ stage }: { stage?: string }) {
  const { t } = useTranslation();
  if (!stage) {
    return null;
  }
  const colour = { UNDER_REVIEW: "blue", RECOGNIZED: "green", NOMINATED: "teal", RETURNED: "orange",
    DECLINED: "red", REVOKED: "red" }[stage] ?? "gray";
  return (
    <Badge color={colour} variant="light" c="dark.8" tt="none" data-stage={stage}>
      {t(`review.stage.${stage}`)}
    </Badge>
  );
}

function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="outline" c="red.9" tt="none" size="sm">
      {t("review.queue.overdueBadge")}
    </Badge>
  );
}

function campaignOptions(campaigns: { id?: string; name?: string }[]): Option[] {
  return campaigns.filter((c) => c.id).map((c) => ({ value: c.id!, label: c.name ?? c.id! }));
}
