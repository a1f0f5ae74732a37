import { Button, Card, Group, Select, Stack, Tabs, Text, TextInput, Title } from "@mantine/core";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { orThrow } from "../../api/client";
import { messagesByField, ProblemError } from "../../api/problem";
import { notifyDone } from "../../components/notify";
import { ProblemAlert } from "../../components/ProblemAlert";
import { InvalidAlert } from "./InvalidAlert";
import { useApp } from "../../context";
import { formatDate } from "../../i18n";
import type { Organisation } from "./organisations";
import { childKind, parentKind } from "./tree";

interface Props {
  /** The organisation as the list gave it; the panel reads it again for its ETag. */
  organisation: Organisation;
  /** Every organisation: the parents it may move under. */
  all: Organisation[];
  /** Where a change came from: the tree reloads and selects this id. */
  onChanged: (id: string) => void;
}

/** One organisation: what it is, and what an admin may do with it (add under it, rename, move, deactivate). */
export function OrganisationPanel({ organisation, all, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const { apis } = useApp();
  const id = organisation.id!;
  const [current, setCurrent] = useState<Organisation>(organisation);
  const [etag, setEtag] = useState("");
  const [problem, setProblem] = useState<unknown>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState<string | null>("add");
  const under = childKind(current.kind);
  const [child, setChild] = useState({ id: `${id}-`, name: "", code: "" });
  const [rename, setRename] = useState({ name: organisation.name ?? "", code: organisation.code ?? "" });
  const [parent, setParent] = useState<string | null>(null);

  const load = async () => {
    try {
      const read = orThrow(await apis.registry.GET("/api/v1/organisations/{id}", { params: { path: { id } } }));
      setCurrent(read.data);
      setEtag(read.etag);
      setRename({ name: read.data.name ?? "", code: read.data.code ?? "" });
      setProblem(null);
    } catch (e) {
      setProblem(e);
    }
  };

  // another organisation selected: its forms start afresh
  useEffect(() => {
    setChild({ id: `${id}-`, name: "", code: "" });
    setErrors({});
    setProblem(null);
    setParent(null);
    setTab(childKind(organisation.kind) ? "add" : "rename");
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  // it, or a new state of it from the tree: read again for its ETag
  useEffect(() => {
    setCurrent(organisation);
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, organisation.updatedAt]);

  /** Runs a change: a refusal is shown at its fields, or in words with a reload offer on a conflict. */
  const run = async (change: () => Promise<Organisation>, done: string) => {
    setBusy(true);
    setProblem(null);
    setErrors({});
    try {
      const changed = await change();
      notifyDone(done);
      onChanged(changed.id!);
    } catch (e) {
      setErrors(e instanceof ProblemError ? messagesByField(e.problem) : {});
      setProblem(e);
    } finally {
      setBusy(false);
    }
  };

  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const body = {
        id: child.id.trim(),
        kind: under as Organisation["kind"] & string,
        name: child.name.trim(),
        code: child.code.trim() === "" ? undefined : child.code.trim(),
        parentId: id,
      };
      return orThrow(await apis.registry.POST("/api/v1/organisations", {
        params: { header: { "Idempotency-Key": crypto.randomUUID() } },
        body,
      })).data;
    }, t("admin.organisation.created"));
  };

  const saveName = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => orThrow(await apis.registry.POST("/api/v1/organisations/{id}/rename", {
      params: { path: { id }, header: { "If-Match": etag } },
      body: { name: rename.name.trim(), code: rename.code.trim() === "" ? undefined : rename.code.trim() },
    })).data, t("admin.organisation.renamed"));
  };

  const move = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => orThrow(await apis.registry.POST("/api/v1/organisations/{id}/move", {
      params: { path: { id }, header: { "If-Match": etag } },
      body: { parentId: parent ?? "" },
    })).data, t("admin.organisation.moved"));
  };

  const setActive = (active: boolean) =>
    void run(async () => {
      const path = active ? "/api/v1/organisations/{id}/reactivate" : "/api/v1/organisations/{id}/deactivate";
      return orThrow(await apis.registry.POST(path, { params: { path: { id }, header: { "If-Match": etag } } })).data;
    }, t(active ? "admin.organisation.reactivated" : "admin.organisation.deactivated"));

  const parents = all.filter((o) => o.kind === parentKind(current.kind) && o.active && o.id !== current.parentId);
  const nameOf = (orgId?: string | null) => all.find((o) => o.id === orgId)?.name ?? orgId ?? "";
  const fieldError = (name: string) => errors[name];
  const invalid = Object.keys(errors).length > 0;

  return (
    <Card withBorder component="section" aria-labelledby="org-title" data-testid="org-panel">
      <Stack gap="sm">
        <Title order={2} size="h3" id="org-title">
          {current.name}
        </Title>
        <Text size="sm">
          {t(`admin.kind.${current.kind}`)} · {t("admin.organisation.id")}: <b>{current.id}</b> ·{" "}
          {t("admin.organisation.code")}: <b>{current.code}</b>
        </Text>
        {current.parentId && (
          <Text size="sm">
            {t("admin.organisation.parent")}: {nameOf(current.parentId)}
          </Text>
        )}
        <Text size="sm">
          {current.active ? t("admin.organisation.activeSince", { date: formatDate(current.validFrom, i18n.language) })
            : t("admin.organisation.inactive")}
        </Text>
        {problem !== null && (invalid ? (
          <InvalidAlert problem={problem} />
        ) : (
          <ProblemAlert error={problem} onReload={() => onChanged(id)} />
        ))}
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List>
            {under && <Tabs.Tab value="add">{t("admin.organisation.addTab")}</Tabs.Tab>}
            <Tabs.Tab value="rename">{t("admin.organisation.renameTab")}</Tabs.Tab>
            {current.parentId && current.kind !== "BLOC" && (
              <Tabs.Tab value="move">{t("admin.organisation.moveTab")}</Tabs.Tab>
            )}
            <Tabs.Tab value="state">{t("admin.organisation.stateTab")}</Tabs.Tab>
          </Tabs.List>
          {under && (
            <Tabs.Panel value="add" pt="sm">
              <form onSubmit={create} noValidate>
                <Stack gap="xs">
                  <Text size="sm">{t("admin.organisation.addHint", { kind: t(`admin.kind.${under}`), name: current.name })}</Text>
                  <TextInput label={t("admin.organisation.newId")} description={t("admin.organisation.newIdHint")}
                    value={child.id} error={fieldError("id")} withAsterisk
                    onChange={(e) => setChild({ ...child, id: e.currentTarget.value })} />
                  <TextInput label={t("admin.organisation.newName")} value={child.name} error={fieldError("name")}
                    withAsterisk onChange={(e) => setChild({ ...child, name: e.currentTarget.value })} />
                  <TextInput label={t("admin.organisation.newCode")} description={t("admin.organisation.codeHint")}
                    value={child.code} error={fieldError("code")}
                    onChange={(e) => setChild({ ...child, code: e.currentTarget.value })} />
                  <Group>
                    <Button type="submit" loading={busy}>{t("admin.organisation.add")}</Button>
                  </Group>
                </Stack>
              </form>
            </Tabs.Panel>
          )}
          <Tabs.Panel value="rename" pt="sm">
            <form onSubmit={saveName} noValidate>
              <Stack gap="xs">
                <TextInput label={t("admin.organisation.name")} value={rename.name} error={fieldError("name")}
                  withAsterisk onChange={(e) => setRename({ ...rename, name: e.currentTarget.value })} />
                <TextInput label={t("admin.organisation.code")} description={t("admin.organisation.codeHint")}
                  value={rename.code} error={fieldError("code")}
                  onChange={(e) => setRename({ ...rename, code: e.currentTarget.value })} />
                <Group>
                  <Button type="submit" loading={busy}>{t("admin.organisation.saveName")}</Button>
                </Group>
              </Stack>
            </form>
          </Tabs.Panel>
          <Tabs.Panel value="move" pt="sm">
            <form onSubmit={move} noValidate>
              <Stack gap="xs">
                <Select label={t("admin.organisation.newParent")} value={parent} onChange={setParent}
                  error={fieldError("parentId")} searchable nothingFoundMessage={t("admin.organisation.noParent")}
                  data={parents.map((o) => ({ value: o.id!, label: o.name ?? o.id! }))} />
                <Group>
                  <Button type="submit" loading={busy} disabled={!parent}>{t("admin.organisation.move")}</Button>
                </Group>
              </Stack>
            </form>
          </Tabs.Panel>
          <Tabs.Panel value="state" pt="sm">
            <Stack gap="xs">
              <Text size="sm">{t(current.active ? "admin.organisation.deactivateHint" : "admin.organisation.reactivateHint")}</Text>
              <Group>
                {current.active ? (
                  <Button color="red" variant="outline" loading={busy} onClick={() => setActive(false)}>
                    {t("admin.organisation.deactivate")}
                  </Button>
                ) : (
                  <Button loading={busy} onClick={() => setActive(true)}>{t("admin.organisation.reactivate")}</Button>
                )}
              </Group>
            </Stack>
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Card>
  );
}
