import { Button, Card, Code, Group, Loader, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { orThrow } from "../../api/client";
import type { components } from "../../api/generated/registry";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { formatDateTime } from "../../i18n";
import { ACTIONS, auditQuery, NO_FILTER, TRAILS, type AuditFilter, type Trail } from "./query";

type Entry = components["schemas"]["AuditEntry"];

/** The audit trails, newest first: filtered by who, what, which record and when; an entry's before and after. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const { apis } = useApp();
  const phone = useMediaQuery("(max-width: 48em)");
  const [form, setForm] = useState<AuditFilter>(NO_FILTER);
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [items, setItems] = useState<Entry[] | null>(null);
  const [cursor, setCursor] = useState<string | undefined>();
  const [problem, setProblem] = useState<unknown>(null);
  const [open, setOpen] = useState<number | null>(null);

  const read = async (trail: Trail, query: ReturnType<typeof auditQuery>) =>
    trail === "registry"
      ? orThrow(await apis.registry.GET("/api/v1/registry-audit", { params: { query } })).data
      : orThrow(await apis.recognition.GET("/api/v1/audit", { params: { query } })).data;

  const load = async (after?: string) => {
    setProblem(null);
    try {
      const data = await read(filter.trail, { ...auditQuery(filter), cursor: after, limit: 50 } as never);
      setItems((previous) => [...(after ? previous ?? [] : []), ...(data.items ?? [])]);
      setCursor(data.nextCursor ?? undefined);
    } catch (e) {
      setProblem(e);
    }
  };

  useEffect(() => {
    setItems(null);
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filter]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ ...form });
  };
  const at = (value?: string) => formatDateTime(value, i18n.language);
  const actionName = (action?: string) => (action ? t(`audit.action.${action}`, { defaultValue: action }) : "");
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
      {problem !== null && <ProblemAlert error={problem} onReload={() => void load()} />}
      {items === null && problem === null && <Loader aria-label={t("app.loading")} />}
      {items !== null && items.length === 0 && (
        <Text>{filtered ? t("audit.emptyFiltered") : t("audit.empty")}</Text>
      )}
      {items !== null && items.length > 0 && (
        <>
          <Text size="sm" c="gray.7" aria-live="polite">
            {t("audit.count", { count: items.length })}
          </Text>
          {phone ? (
            <Stack gap="sm" data-testid="audit">
              {items.map((e) => (
                <Card key={e.id} withBorder padding="sm" data-testid="audit-row">
                  <Text fw={600} size="sm">{actionName(e.action)}</Text>
                  <Text size="sm">{e.subjectId}</Text>
                  <Text size="sm">{e.actorName ?? e.actor} · {at(e.at)}</Text>
                  <Details entry={e} open={open === e.id} onToggle={() => setOpen(open === e.id ? null : e.id!)} />
                </Card>
              ))}
            </Stack>
          ) : (
            <Table striped data-testid="audit">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("audit.columns.at")}</Table.Th>
                  <Table.Th>{t("audit.columns.actor")}</Table.Th>
                  <Table.Th>{t("audit.columns.action")}</Table.Th>
                  <Table.Th>{t("audit.columns.subject")}</Table.Th>
                  <Table.Th>{t("audit.columns.change")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((e) => (
                  <Table.Tr key={e.id} data-testid="audit-row">
                    <Table.Td>{at(e.at)}</Table.Td>
                    <Table.Td>{e.actorName ?? e.actor}{e.actorOrgId ? ` (${e.actorOrgId})` : ""}</Table.Td>
                    <Table.Td>{actionName(e.action)}</Table.Td>
                    <Table.Td>{e.subjectId}</Table.Td>
                    <Table.Td>
                      <Details entry={e} open={open === e.id} onToggle={() => setOpen(open === e.id ? null : e.id!)} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {cursor && (
            <Button variant="default" onClick={() => void load(cursor)}>
              {t("audit.more")}
            </Button>
          )}
        </>
      )}
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
