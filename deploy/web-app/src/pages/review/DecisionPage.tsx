import { Alert, Anchor, Button, Card, Group, List, Loader, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { orThrow } from "../../api/client";
import { messagesByField, ProblemError } from "../../api/problem";
import { notifyDone } from "../../components/notify";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { formatDate } from "../../i18n";
import { CaseCertificates } from "./CaseCertificates";
import { DecisionBadge } from "./DecisionsPage";
import { openDocument } from "./download";
import type { DecisionView } from "./types";

/**
 * A decision: its terms, the models it recognised with their certificates (and the links that verify them), its
 * commendations, the printed document; its revocation, with the reason, by the committee that issued it.
 */
export function DecisionPage() {
  const { t, i18n } = useTranslation();
  const { apis, person, session } = useApp();
  const { id } = useParams() as { id: string };
  const [decision, setDecision] = useState<DecisionView | null>(null);
  const [etag, setEtag] = useState("");
  const [titles, setTitles] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [reason, setReason] = useState("");
  const [revokingNumber, setRevokingNumber] = useState("");
  const [revoking, setRevoking] = useState(false);

  const load = async () => {
    try {
      const read = orThrow(await apis.recognition.GET("/api/v1/decisions/{id}", { params: { path: { id } } }));
      setDecision(read.data);
      setEtag(read.etag);
      setProblem(null);
      const named = await Promise.all((read.data.modelIds ?? []).map(async (modelId) => {
        const c = await apis.recognition.GET("/api/v1/cases/{modelId}", { params: { path: { modelId } } });
        return [modelId, c.data?.title ?? modelId] as const;
      }));
      setTitles(Object.fromEntries(named));
    } catch (e) {
      setProblem(e);
    }
  };

  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  if (decision === null) {
    return problem ? <ProblemAlert error={problem} /> : <Loader aria-label={t("app.loading")} />;
  }

  const revoke = async () => {
    setRevoking(true);
    setProblem(null);
    try {
      const revoked = orThrow(await apis.recognition.POST("/api/v1/decisions/{id}/revocation", {
        params: { path: { id }, header: { "If-Match": etag } },
        body: { reason: reason.trim(), revokingNumber: revokingNumber.trim() },
      }));
      setDecision(revoked.data);
      setEtag(revoked.etag);
      notifyDone(t("review.decision.revokedDone"));
    } catch (e) {
      setProblem(e);
    } finally {
      setRevoking(false);
    }
  };
  const document = async (format: "pdf" | "docx") => {
    try {
      await openDocument(`/api/v1/decisions/${id}/document?format=${format}`, await session.token(), i18n.language);
    } catch (e) {
      setProblem(e);
    }
  };
  const atField = problem instanceof ProblemError ? messagesByField(problem.problem) : {};
  const revocable = decision.status === "ISSUED" && decision.issuerId === person.organisationId;

  return (
    <Stack maw={900} component="article" aria-labelledby="decision-title">
      <Anchor component={Link} to="/review/decisions" size="sm">← {t("review.decision.back")}</Anchor>
      <Title order={1} size="h2" id="decision-title">{t("review.decision.title", { number: decision.number })}</Title>
      <Group gap="sm">
        <DecisionBadge status={decision.status} />
        <Text size="sm">
          {t("review.decision.issued", { date: formatDate(decision.issuedOn, i18n.language),
            level: t(`level.${decision.level}`), issuer: decision.issuerName })}
        </Text>
      </Group>
      <Text size="sm">{t("review.decision.signer", { name: decision.signerName, title: decision.signerTitle })}</Text>
      {decision.revocation && (
        <Alert color="red" data-testid="revocation" styles={{ title: { color: "var(--mantine-color-dark-8)" } }}
          title={t("review.decision.revoked", { number: decision.revocation.revokingNumber,
            date: formatDate(decision.revocation.revokedAt, i18n.language) })}>
          {t("review.decision.revokedReason", { reason: decision.revocation.reason })}
        </Alert>
      )}
      {problem !== null && <ProblemAlert error={problem} onReload={() => void load()} />}
      <Group>
        <Button variant="default" onClick={() => void document("pdf")}>{t("review.decision.document")}</Button>
        <Button variant="default" onClick={() => void document("docx")}>{t("review.decision.documentDocx")}</Button>
      </Group>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">{t("review.decision.legalBasis")}</Title>
        <Text style={{ whiteSpace: "pre-wrap" }}>{decision.legalBasis}</Text>
      </Card>
      <Card withBorder component="section" aria-labelledby="models-title">
        <Title order={2} size="h4" mb="xs" id="models-title">{t("review.decision.models")}</Title>
        {(decision.modelIds ?? []).length === 0 ? <Text size="sm">{t("review.decision.noModels")}</Text> : (
          <List data-testid="decision-models">
            {decision.modelIds!.map((modelId) => (
              <List.Item key={modelId}>
                <Anchor component={Link} to={`/review/cases/${modelId}`}>{titles[modelId] ?? modelId}</Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      {(decision.modelIds ?? []).map((modelId) => (
        <CaseCertificates key={`${modelId}-${decision.status}`} modelId={modelId} decisionId={id}
          stage={decision.status} title={`${t("review.certificates.title")}: ${titles[modelId] ?? ""}`} />
      ))}
      <Card withBorder component="section" aria-labelledby="commendations-title">
        <Title order={2} size="h4" mb="xs" id="commendations-title">{t("review.decision.commendations")}</Title>
        {(decision.commendations ?? []).length === 0 ? <Text size="sm">{t("review.decision.noCommendations")}</Text> : (
          <List data-testid="decision-commendations">
            {decision.commendations!.map((c) => (
              <List.Item key={c.id}>
                {t(`review.draft.${c.form}`, { defaultValue: c.form })}
                {c.gradeName ? ` "${c.gradeName}"` : ""}: {c.recipientName} · {c.achievement}
                {c.status === "REVOKED" ? ` · ${t("review.decisions.REVOKED")}` : ""}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      {revocable && (
        <Card withBorder component="section" aria-labelledby="revoke-title">
          <Title order={2} size="h4" mb="xs" id="revoke-title">{t("review.decision.revoke")}</Title>
          <Text size="sm" mb="xs">{t("review.decision.revokeHint")}</Text>
          <Stack gap="xs">
            <Textarea label={t("review.decision.revokeReason")} value={reason} autosize minRows={2} required
              error={atField.reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <TextInput label={t("review.decision.revokingNumber")} value={revokingNumber} required
              error={atField.revokingNumber} onChange={(e) => setRevokingNumber(e.currentTarget.value)} />
            <Group>
              <Button color="red" onClick={() => void revoke()} loading={revoking}>
                {t("review.decision.revokeConfirm")}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
