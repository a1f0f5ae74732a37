import { Button, FileButton, Grid, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { orThrow } from "../../api/client";
import { ProblemError } from "../../api/problem";
import { notifyDone } from "../../components/notify";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { OrganisationPanel } from "./OrganisationPanel";
import { OrganisationTreeView } from "./OrganisationTreeView";
import { allOrganisations, type Organisation } from "./organisations";
import { buildTree, pathTo } from "./tree";

/**
 * The province's organisations as a tree: select one to see it and change it; the whole tree exported as the
 * import takes it, and imported back all or nothing.
 */
export function OrganisationsPage() {
  const { t, i18n } = useTranslation();
  const { apis } = useApp();
  const [all, setAll] = useState<Organisation[] | null>(null);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [importing, setImporting] = useState(false);

  const load = async (select?: string) => {
    try {
      const list = await allOrganisations(apis);
      setAll(list);
      setProblem(null);
      setOpen((previous) => {
        const next = new Set(previous);
        // the first time, the province and its blocs show; later, the branch down to what was just changed
        if (previous.size === 0) {
          list.filter((o) => !o.parentId).forEach((o) => next.add(o.id!));
        }
        if (select) {
          pathTo(list, select).slice(0, -1).forEach((id) => next.add(id));
        }
        return next;
      });
      if (select) {
        setSelected(select);
      }
    } catch (e) {
      setProblem(e);
    }
  };

  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const roots = useMemo(() => buildTree(all ?? [], i18n.language), [all, i18n.language]);
  const chosen = all?.find((o) => o.id === selected);

  const toggle = (id: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) {
        next.add(id);
      }
      return next;
    });

  const exportTree = async () => {
    try {
      const { data } = orThrow(await apis.registry.GET("/api/v1/organisations/export"));
      const link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
      link.download = `to-chuc-${data.provinceId ?? "tinh"}.json`;
      link.click();
    } catch (e) {
      setProblem(e);
    }
  };

  const importTree = async (file: File | null) => {
    if (!file) {
      return;
    }
    setImporting(true);
    setProblem(null);
    try {
      let tree: unknown;
      try {
        tree = JSON.parse(await file.text());
      } catch {
        throw new ProblemError({ status: 400, title: t("admin.tree.notJson", { name: file.name }) });
      }
      const { data } = orThrow(await apis.registry.POST("/api/v1/organisations/import", {
        body: tree as { organisations: [] },
      }));
      notifyDone(t("admin.tree.imported", { created: data.created ?? 0, changed: data.changed ?? 0, unchanged: data.unchanged ?? 0 }));
      await load();
    } catch (e) {
      setProblem(e);
    } finally {
      setImporting(false);
    }
  };

  return (
    <Stack component="section" aria-labelledby="orgs-title">
      <Group justify="space-between">
        <Title order={1} size="h2" id="orgs-title">
          {t("admin.tree.title")}
        </Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => void exportTree()}>
            {t("admin.tree.export")}
          </Button>
          <FileButton onChange={(file) => void importTree(file)} accept="application/json,.json">
            {(props) => (
              <Button variant="default" loading={importing} {...props}>
                {t("admin.tree.import")}
              </Button>
            )}
          </FileButton>
        </Group>
      </Group>
      <Text size="sm">{t("admin.tree.hint")}</Text>
      {problem !== null && <ProblemAlert error={problem} onReload={() => void load(selected ?? undefined)} />}
      {all === null && problem === null && <Loader aria-label={t("app.loading")} />}
      {all !== null && all.length === 0 && <Text>{t("admin.tree.empty")}</Text>}
      {all !== null && all.length > 0 && (
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <nav aria-label={t("admin.tree.title")} data-testid="org-tree">
              <OrganisationTreeView nodes={roots} open={open} selected={selected} onToggle={toggle} onSelect={setSelected} />
            </nav>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            {chosen ? (
              <OrganisationPanel organisation={chosen} all={all} onChanged={(id) => void load(id)} />
            ) : (
              <Text c="gray.7">{t("admin.tree.choose")}</Text>
            )}
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
