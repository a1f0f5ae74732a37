import { Button, Code, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { orThrow } from "../../api/client";
import type { components } from "../../api/generated/registry";
import { useKeysetPages } from "../../api/useKeysetPages";
import { PagedList } from "../../components/PagedList";
import { useApp } from "../../context";
import { formatDateTime } from "../../i18n";
import { ACTIONS, auditQuery, NO_FILTER, TRAILS, type AuditFilter, type Trail } from "./query";

type Entry = components["schemas"]["AuditEntry"];

/** The audit trails, newest first: filtered by who, what, which record and when; an entry's before and after. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const { apis } = useApp();
  const [form, setForm] = useState<AuditFilter>(NO_FILTER);
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [open, setOpen] = useState<number | null>(null);
  const pages = useKeysetPages(async (cursor) => {
    const query = { ...auditQuery(filter), cursor, limit: 50 } as never;
    return filter.trail === "registry"
      ? orThrow(await apis.registry.GET("/api/v1/registry-audit", { params: { query } })).data
      : orThrow(await apis.recognition.GET("/api/v1/audit", { params: { query } })).data;
  }, filter);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ ...form });
  };
  const at = (value?: string) => formatDateTime(value, i18n.language);
  const actionName = (action?: string) => (action ? t(`audit.action.${action}`, { defaultValue: action }) : "");
  const details = (e: Entry) => (
    <Details entry={e} open={open === e.id} onToggle={() => setOpen(open === e.id ? null : e.id!)} />
  );
  const filtered = JSON.stringify(filter) !== JSON.stringify({ ...NO_FILTER, trail: filter.trail });

  return (
    <Stack component="section" aria-labelledby="audit-title">
      <Title order={1} size="h2" id="audit-title">
        {t("audit.title")}
      </Title>
      <form onSubmit={submit} aria-label={t("audit.filters")}>
        <Stack gap="xs">
          <SegmentedControl
            aria-label={t("audit.trail")}
            value={form.trail}
            onChange={(trail) => {
              const next = { ...form, trail: trail as Trail, action: null };
              setForm(next);
              setFilter(next);
            }}
            data={TRAILS.map((trail) => ({ value: trail, label: t(`audit.trails.${trail}`) }))}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t("audit.actor")} description={t("audit.actorHint")} value={form.actor}
              onChange={(e) => setForm({ ...form, actor: e.currentTarget.value })} />
            <Select label={t("audit.actionFilter")} placeholder={t("audit.allActions")} clearable value={form.action}
              onChange={(action) => setForm({ ...form, action })}
              data={ACTIONS[form.trail].map((a) => ({ value: a, label: actionName(a) }))} />
            <TextInput label={t("audit.subject")} description={t("audit.subjectHint")} value={form.subjectId}
              onChange={(e) => setForm({ ...form, subjectId: e.currentTarget.value })} />
            <TextInput type="date" label={t("audit.from")} value={form.fromDay}
              onChange={(e) => setForm({ ...form, fromDay: e.currentTarget.value })} />
            <TextInput type="date" label={t("audit.to")} value={form.toDay}
              onChange={(e) => setForm({ ...form, toDay: e.currentTarget.value })} />
          </SimpleGrid>
          <Group>
            <Button type="submit">{t("audit.search")}</Button>
            <Button variant="default" onClick={() => {
              const cleared = { ...NO_FILTER, trail: form.trail };
              setForm(cleared);
              setFilter(cleared);
            }}>
              {t("audit.clear")}
            </Button>
          </Group>
        </Stack>
      </form>
      <PagedList
        pages={pages}
        testId="audit"
        rowTestId="audit-row"
        rowKey={(e: Entry) => e.id!}
        highlightOnHover={false}
        empty={<Text>{filtered ? t("audit.emptyFiltered") : t("audit.empty")}</Text>}
        count={(count) => t("audit.count", { count })}
        moreLabel={t("audit.more")}
        columns={[
          { header: t("audit.columns.at"), cell: (e) => at(e.at) },
          {
            header: t("audit.columns.actor"),
            cell: (e) => `${e.actorName ?? e.actor}${e.actorOrgId ? ` (${e.actorOrgId})` : ""}`,
          },
          { header: t("audit.columns.action"), cell: (e) => actionName(e.action) },
          { header: t("audit.columns.subject"), cell: (e) => e.subjectId },
          { header: t("audit.columns.change"), cell: details },
        ]}
        card={(e) => (
          <>
            <Text fw={600} size="sm">{actionName(e.action)}</Text>
            <Text size="sm">{e.subjectId}</Text>
            <Text size="sm">{e.actorName ?? e.actor} · {at(e.at)}</Text>
            {details(e)}
          </>
        )}
      />
    </Stack>
  );
}

/** What an entry changed: the subject before and after, as the service recorded them. */
function Details({ entry, open, onToggle }: { entry: Entry; open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Button size="compact-xs" variant="subtle" aria-expanded={open} onClick={onToggle}>
        {t(open ? "audit.hide" : "audit.show")}
      </Button>
      {open && (
        <SimpleGrid cols={{ base: 1, md: 2 }} mt={4}>
          <div>
            <Text size="xs" fw={600}>{t("audit.before")}</Text>
            <Code block tabIndex={0}>{entry.before ? JSON.stringify(entry.before, null, 1) : t("audit.nothing")}</Code>
          </div>
          <div>
            <Text size="xs" fw={600}>{t("audit.after")}</Text>
            <Code block tabIndex={0}>{entry.after ? JSON.stringify(entry.after, null, 1) : t("audit.nothing")}</Code>
          </div>
        </SimpleGrid>
      )}
    </>
  );
}
