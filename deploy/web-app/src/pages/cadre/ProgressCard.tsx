import { Button, Card, Group, List, MultiSelect, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { orThrow, type Registry } from "../../api/client";
import { messagesByField, ProblemError } from "../../api/problem";
import { notifyDone } from "../../components/notify";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { formatDate } from "../../i18n";

type Model = Registry["ModelView"];
type Attachment = Registry["AttachmentView"];
type Progress = Registry["ProgressView"];

/** The statuses whose model takes progress updates here: sent for review, or recognised and carried on. */
export const REPORTABLE = ["SUBMITTED", "RETURNED", "NOMINATED", "RECOGNIZED"];

/** What the unit has done with its model since: the updates in the order of their days, and a new one. */
export function ProgressCard({ model, attachments }: { model: Model; attachments: Attachment[] }) {
  const { t, i18n } = useTranslation();
  const { apis } = useApp();
  const id = model.id!;
  const [updates, setUpdates] = useState<Progress[]>([]);
  const [reportedOn, setReportedOn] = useState("");
  const [text, setText] = useState("");
  const [shown, setShown] = useState<string[]>([]);
  const [problem, setProblem] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  // one key per update being written, so a retry after a lost answer is not recorded twice
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  useEffect(() => {
    apis.registry.GET("/api/v1/models/{id}/progress", { params: { path: { id } } })
      .then((answer) => setUpdates(orThrow(answer).data))
      .catch(setProblem);
  }, [apis, id]);

  const report = async () => {
    setSaving(true);
    setProblem(null);
    try {
      const saved = orThrow(await apis.registry.POST("/api/v1/models/{id}/progress", {
        params: { path: { id }, header: { "Idempotency-Key": idempotencyKey } },
        body: { reportedOn, text, attachmentIds: shown },
      }));
      setUpdates((list) => [...list, saved.data].sort((a, b) => (a.reportedOn ?? "").localeCompare(b.reportedOn ?? "")));
      setReportedOn("");
      setText("");
      setShown([]);
      setIdempotencyKey(crypto.randomUUID());
      notifyDone(t("cadre.progress.saved"));
    } catch (e) {
      setProblem(e);
    } finally {
      setSaving(false);
    }
  };

  const errors = problem instanceof ProblemError ? messagesByField(problem.problem) : {};
  const names = new Map(attachments.map((a) => [a.id, a.fileName]));
  return (
    <Card withBorder component="section" aria-labelledby="progress-title">
      <Title order={2} size="h4" mb="xs" id="progress-title">
        {t("cadre.progress.title")}
      </Title>
      {updates.length === 0 ? (
        <Text size="sm">{t("cadre.progress.empty")}</Text>
      ) : (
        <List spacing="xs" data-testid="progress">
          {updates.map((update) => (
            <List.Item key={update.id}>
              <Text size="sm" fw={600}>{formatDate(update.reportedOn, i18n.language)}</Text>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>{update.text}</Text>
              {(update.attachmentIds ?? []).length > 0 && (
                <Text size="xs" c="gray.7">
                  {t("cadre.progress.shownBy", { files: update.attachmentIds!.map((a) => names.get(a) ?? a).join(", ") })}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
      {REPORTABLE.includes(model.status ?? "") && (
        <Stack mt="md" gap="xs">
          {problem !== null && Object.keys(errors).length === 0 && <ProblemAlert error={problem} />}
          <TextInput type="date" label={t("cadre.progress.reportedOn")} value={reportedOn} withAsterisk
            error={errors.reportedOn} onChange={(e) => setReportedOn(e.currentTarget.value)} />
          <Textarea label={t("cadre.progress.text")} value={text} withAsterisk autosize minRows={3}
            error={errors.text} onChange={(e) => setText(e.currentTarget.value)} />
          {attachments.length > 0 && (
            <MultiSelect label={t("cadre.progress.attachments")} value={shown} onChange={setShown}
              error={errors.attachmentIds} data={attachments.map((a) => ({ value: a.id!, label: a.fileName ?? "" }))} />
          )}
          <Group>
            <Button variant="light" loading={saving} onClick={() => void report()}>
              {t("cadre.progress.report")}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
