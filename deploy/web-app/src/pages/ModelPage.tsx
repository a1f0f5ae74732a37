import { Alert, Anchor, Button, Card, FileInput, Group, Loader, Progress, Stack, Text, TextInput, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { orThrow, type Registry } from "../api/client";
import { openDocument } from "../api/download";
import { ProblemError } from "../api/problem";
import { uploadEvidence } from "../api/upload";
import { notifyDone } from "../components/notify";
import { ProblemAlert } from "../components/ProblemAlert";
import { EvidenceList } from "../components/EvidenceList";
import { ModelContent } from "../components/ModelContent";
import { StatusBadge } from "../components/StatusBadge";
import { useApp } from "../context";
import { formatDate } from "../i18n";
import { CertificatesCard } from "./cadre/CertificatesCard";
import { ChangesCard } from "./cadre/ChangesCard";
import { MissingFields } from "./cadre/MissingFields";
import { ProgressCard } from "./cadre/ProgressCard";
import { WITHDRAWABLE, WithdrawButton } from "./cadre/WithdrawButton";

type Model = Registry["ModelView"];
type Attachment = Registry["AttachmentView"];
const EDITABLE = ["DRAFT", "RETURNED"];

/**
 * One model: its content, why it was returned and by which level and what was changed since, its evidence and
 * progress, submitting and withdrawing it, and its certificates once recognised.
 */
export function ModelPage() {
  const { t, i18n } = useTranslation();
  const { apis, session } = useApp();
  const { id } = useParams() as { id: string };
  const navigate = useNavigate();
  const [model, setModel] = useState<Model | null>(null);
  const [etag, setEtag] = useState("");
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [problem, setProblem] = useState<unknown>(null);
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState("");
  const [progress, setProgress] = useState<number | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const load = async () => {
    try {
      const read = orThrow(await apis.registry.GET("/api/v1/models/{id}", { params: { path: { id } } }));
      setModel(read.data);
      setEtag(read.etag);
      const evidence = orThrow(await apis.registry.GET("/api/v1/models/{id}/attachments", { params: { path: { id } } }));
      setAttachments(evidence.data);
      setProblem(null);
    } catch (e) {
      setProblem(e);
    }
  };

  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  if (model === null) {
    return problem ? <ProblemAlert error={problem} /> : <Loader aria-label={t("app.loading")} />;
  }

  const upload = async () => {
    if (!file) {
      return;
    }
    setProblem(null);
    setProgress(0);
    try {
      const attached = await uploadEvidence(id, file, description, await session.token(), i18n.language, setProgress);
      setAttachments((list) => [...list, attached]);
      notifyDone(t("evidence.uploaded", { name: attached.fileName }));
      setFile(null);
      setDescription("");
      await load(); // the model's version (ETag) moves with its evidence: submit with the new one
    } catch (e) {
      setProblem(e);
    } finally {
      setProgress(null);
    }
  };

  const open = async (attachment: Attachment) => {
    await openDocument(`/api/v1/models/${id}/attachments/${attachment.id}/content`, await session.token(),
      i18n.language);
  };

  const submit = async () => {
    setSubmitting(true);
    setProblem(null);
    try {
      const submitted = orThrow(await apis.registry.POST("/api/v1/models/{id}/submit", {
        params: { path: { id }, header: { "If-Match": etag } },
      }));
      setModel(submitted.data);
      setEtag(submitted.etag);
      notifyDone(t("model.submitted"));
    } catch (e) {
      setProblem(e);
    } finally {
      setSubmitting(false);
    }
  };

  const content = model.content!;
  const status = model.status ?? "";
  const editable = EDITABLE.includes(status);
  // a submission refused for fields left empty names each: shown by name here, and at the fields in the form
  const missing = problem instanceof ProblemError && problem.problem.status === 409
    && (problem.problem.violations ?? []).length > 0 ? problem : null;
  return (
    <Stack maw={900} component="article" aria-labelledby="model-title">
      <Anchor component={Link} to="/models" size="sm">
        ← {t("model.back")}
      </Anchor>
      <Title order={1} size="h2" id="model-title">
        {content.title}
      </Title>
      <Group gap="sm">
        <StatusBadge status={model.status} />
        <Text size="sm">{t("model.version", { version: model.currentVersion })}</Text>
        {model.reviewLevel && model.status === "SUBMITTED" && (
          <Text size="sm">{t("model.reviewLevel", { level: t(`level.${model.reviewLevel}`) })}</Text>
        )}
        {model.recognizedLevel && (
          <Text size="sm">{t("model.recognizedLevel", { level: t(`level.${model.recognizedLevel}`) })}</Text>
        )}
      </Group>
      {model.status === "RETURNED" && (
        <Alert color="orange" title={t("model.returnedTitle", { level: t(`level.${model.returnedLevel}`) })}
          data-testid="returned" styles={{ title: { color: "var(--mantine-color-dark-8)" } }}>
          <Text>{t("model.returnedReason", { reason: model.returnReason })}</Text>
          <Text size="sm">{formatDate(model.returnedAt, i18n.language)} · {t("model.returnedHint")}</Text>
        </Alert>
      )}
      {model.status === "WITHDRAWN" && (
        <Alert color="gray" title={t("cadre.withdraw.withdrawnTitle", { date: formatDate(model.withdrawnAt, i18n.language) })}
          data-testid="withdrawn" styles={{ title: { color: "var(--mantine-color-dark-8)" } }}>
          {t("cadre.withdraw.withdrawnReason", { reason: model.withdrawalReason })}
        </Alert>
      )}
      {missing !== null ? (
        <MissingFields problem={missing.problem}
          onFix={() => navigate(`/models/${id}/edit`, { state: { violations: missing.problem.violations } })} />
      ) : (
        problem !== null && <ProblemAlert error={problem} onReload={() => void load()} />
      )}
      {/* the editable statuses are among the withdrawable ones */}
      {WITHDRAWABLE.includes(status) && (
        <Group>
          {editable && (
            <>
              <Button component={Link} to={`/models/${id}/edit`} variant="default">
                {t("model.edit")}
              </Button>
              <Button onClick={() => void submit()} loading={submitting}>
                {model.returnedLevel ? t("model.resubmit") : t("model.submit")}
              </Button>
            </>
          )}
          <WithdrawButton model={model} etag={etag} onWithdrawn={(withdrawn, tag) => {
            setModel(withdrawn);
            setEtag(tag);
          }} />
        </Group>
      )}
      <ChangesCard model={model} />
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t("model.content")}
        </Title>
        <ModelContent content={content} owner={t(`ownerKind.${content.ownerKind}`)} notGiven={t("model.notGiven")} />
      </Card>
      <Card withBorder component="section" aria-labelledby="evidence-title">
        <Title order={2} size="h4" mb="xs" id="evidence-title">
          {t("evidence.title")}
        </Title>
        <EvidenceList attachments={attachments} empty={t("evidence.empty")} onOpen={(a) => void open(a)} />
        {editable && (
          <Stack mt="md" gap="xs">
            <FileInput label={t("evidence.choose")} value={file} onChange={setFile} clearable
              data-testid="evidence-file" />
            <TextInput label={t("evidence.description")} value={description}
              onChange={(e) => setDescription(e.currentTarget.value)} />
            {progress !== null && (
              <Progress value={progress} aria-label={t("evidence.uploading", { percent: progress })} />
            )}
            <Group>
              <Button onClick={() => void upload()} disabled={!file} loading={progress !== null} variant="light">
                {t("evidence.upload")}
              </Button>
              {progress !== null && <Text size="sm">{t("evidence.uploading", { percent: progress })}</Text>}
            </Group>
          </Stack>
        )}
      </Card>
      {model.status !== "DRAFT" && <ProgressCard model={model} attachments={attachments} />}
      {model.status === "RECOGNIZED" && <CertificatesCard modelId={id} />}
    </Stack>
  );
}
