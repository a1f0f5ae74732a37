import { Anchor, Button, Card, Group, Loader, NumberInput, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { orThrow, type Registry } from "../../api/client";
import { ProblemError } from "../../api/problem";
import { notifyDone } from "../../components/notify";
import { EvidenceList } from "../../components/EvidenceList";
import { ModelContent } from "../../components/ModelContent";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { formatDate } from "../../i18n";
import { CaseCertificates } from "./CaseCertificates";
import { CouncilPanel } from "./CouncilPanel";
import { openDocument } from "./download";
import { shortfallText } from "./judgement";
import { StageBadge } from "./QueuePage";
import type { CaseView, Recognition } from "./types";

type Rules = Recognition["LevelRulesView"];
type Attachment = Registry["AttachmentView"];
type Action = Recognition["Action"];

/**
 * One case as its committee judges it: the model's version under review and its evidence, its record per level,
 * what the level's rules still need, scores, the council's vote and minutes, the actions of the committee at its
 * level (with If-Match: a stale click is explained, with a reload), and its certificates.
 */
export function CasePage() {
  const { t, i18n } = useTranslation();
  const { apis, person, session } = useApp();
  const { id } = useParams() as { id: string };
  const [view, setView] = useState<CaseView | null>(null);
  const [etag, setEtag] = useState("");
  const [content, setContent] = useState<Record<string, unknown> | null>(null);
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [rules, setRules] = useState<Rules | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [reason, setReason] = useState("");
  const [comment, setComment] = useState("");
  const [acting, setActing] = useState<Action | null>(null);

  const load = async () => {
    try {
      const read = orThrow(await apis.recognition.GET("/api/v1/cases/{modelId}", { params: { path: { modelId: id } } }));
      setView(read.data);
      setEtag(read.etag);
      setProblem(null);
      const c = read.data;
      const [version, evidence, levelRules] = await Promise.all([
        apis.registry.GET("/api/v1/models/{id}/versions/{number}", {
          params: { path: { id, number: c.modelVersion ?? 1 } },
        }),
        apis.registry.GET("/api/v1/models/{id}/attachments", { params: { path: { id } } }),
        apis.recognition.GET("/api/v1/criteria/{campaignId}/{level}", {
          params: { path: { campaignId: c.campaignId!, level: c.level! } },
        }),
      ]);
      setContent((orThrow(version).data as { content?: Record<string, unknown> }).content ?? null);
      setAttachments(orThrow(evidence).data);
      setRules(levelRules.response.ok ? (levelRules.data ?? null) : null); // 404: the level has no criteria
    } catch (e) {
      setProblem(e);
    }
  };

  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  if (view === null) {
    return problem ? <ProblemAlert error={problem} /> : <Loader aria-label={t("app.loading")} />;
  }

  const level = view.level!;
  const levelName = t(`level.${level}`);
  const atMyLevel = (view.path as Record<string, { id?: string } | undefined> | undefined)?.[level.toLowerCase()]?.id
    === person.organisationId;
  const underReview = view.stage === "UNDER_REVIEW";
  const actions: Action[] = !atMyLevel ? [] : underReview ? ["RECOGNIZE", "RETURN", "DECLINE"]
    : view.stage === "RECOGNIZED" && level !== "PROVINCE" ? ["NOMINATE"] : [];
  const needs = shortfallText(view, t);
  // a refused action is explained beside the buttons, where the reviewer's eyes are (on a phone, far below the title)
  const alert = <ProblemAlert error={problem} onReload={() => void load()} conflict={t("review.case.conflict")} />;

  const act = async (action: Action) => {
    if ((action === "RETURN" || action === "DECLINE") && !reason.trim()) {
      setProblem(new ProblemError({ status: 400, title: t("review.case.reasonNeeded") }));
      return;
    }
    setActing(action);
    setProblem(null);
    try {
      const done = orThrow(await apis.recognition.POST("/api/v1/cases/{modelId}/actions", {
        params: { path: { modelId: id }, header: { "If-Match": etag } },
        body: { action, reason: reason.trim() || undefined, comment: comment.trim() || undefined },
      }));
      setView(done.data);
      setEtag(done.etag);
      setReason("");
      setComment("");
      notifyDone(t(`review.case.done.${action}`));
    } catch (e) {
      setProblem(e);
    } finally {
      setActing(null);
    }
  };

  const open = async (attachment: Attachment) => {
    try {
      await openDocument(`/api/v1/models/${id}/attachments/${attachment.id}/content`, await session.token(), i18n.language);
    } catch (e) {
      setProblem(e);
    }
  };

  return (
    <Stack maw={1000} component="article" aria-labelledby="case-title">
      <Anchor component={Link} to="/review" size="sm">
        ← {t("review.case.back")}
      </Anchor>
      <Title order={1} size="h2" id="case-title">
        {view.title}
      </Title>
      <Group gap="sm">
        <StageBadge stage={view.stage} />
        <Text size="sm">{t("review.case.atLevel", { level: levelName })}</Text>
        <Text size="sm">{t("review.case.modelVersion", { version: view.modelVersion })}</Text>
        {view.recognizedLevel && (
          <Text size="sm">{t("review.case.recognizedLevel", { level: t(`level.${view.recognizedLevel}`) })}</Text>
        )}
      </Group>
      {problem !== null && actions.length === 0 && alert}

      <Card withBorder component="section" aria-labelledby="needs-title" data-testid="needs">
        <Title order={2} size="h4" mb="xs" id="needs-title">
          {t("review.case.needs")}
        </Title>
        {underReview && atMyLevel
          && (needs ? <Text>{needs}</Text> : <Text>{t("review.case.ready", { level: levelName })}</Text>)}
        {underReview && !atMyLevel && <Text>{t("review.case.elsewhere", { level: levelName })}</Text>}
        {!underReview && <Text>{t("review.case.noActions")}</Text>}
        {view.judgement?.passThreshold != null && (
          <Text size="sm" c="gray.7" mt={4}>
            {view.judgement.averageScore != null
              ? t("review.case.average", { average: view.judgement.averageScore,
                threshold: view.judgement.passThreshold, count: view.judgement.scorecards })
              : t("review.case.notScored")}
          </Text>
        )}
      </Card>

      {actions.length > 0 && (
        <Card withBorder component="section" aria-labelledby="actions-title">
          <Title order={2} size="h4" mb="xs" id="actions-title">
            {t("review.case.actions")}
          </Title>
          <Stack gap="xs">
            {underReview && (
              <>
                <Textarea label={t("review.case.reason")} value={reason} autosize minRows={2}
                  onChange={(e) => setReason(e.currentTarget.value)} />
                <Textarea label={t("review.case.comment")} value={comment} autosize minRows={1}
                  onChange={(e) => setComment(e.currentTarget.value)} />
              </>
            )}
            {problem !== null && alert}
            <Group>
              {actions.map((action) => (
                <Button key={action} onClick={() => void act(action)} loading={acting === action}
                  disabled={acting !== null && acting !== action}
                  variant={action === "RECOGNIZE" || action === "NOMINATE" ? "filled" : "default"}>
                  {t(`review.case.${action}`)}
                </Button>
              ))}
            </Group>
          </Stack>
        </Card>
      )}

      {underReview && atMyLevel && (
        <ScoreCard modelId={id} rules={rules} levelName={levelName} onScored={() => void load()} />
      )}
      {!rules && underReview && (
        <Text size="sm">{t("review.case.noCriteria", { level: levelName.charAt(0).toUpperCase() + levelName.slice(1) })}</Text>
      )}

      <CouncilPanel view={view} onVoted={() => void load()} />

      <Card withBorder component="section" aria-labelledby="content-title">
        <Title order={2} size="h4" mb="xs" id="content-title">
          {t("review.case.content", { version: view.modelVersion })}
        </Title>
        {content && <ModelContent content={{ ...content, field: view.field, kind: view.kind }} notGiven={t("review.case.notGiven")} />}
      </Card>

      <Card withBorder component="section" aria-labelledby="evidence-title">
        <Title order={2} size="h4" mb="xs" id="evidence-title">
          {t("review.case.evidence")}
        </Title>
        <EvidenceList attachments={attachments} empty={t("review.case.noEvidence")} onOpen={(a) => void open(a)} />
      </Card>

      <Card withBorder component="section" aria-labelledby="history-title">
        <Title order={2} size="h4" mb="xs" id="history-title">
          {t("review.case.history")}
        </Title>
        {/* a region the keyboard can reach and scroll: on a phone the table is wider than the screen */}
        <div role="region" aria-labelledby="history-title" tabIndex={0} style={{ overflowX: "auto" }}>
          <Table data-testid="history" miw={600}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("review.case.columns.level")}</Table.Th>
                <Table.Th>{t("review.case.columns.status")}</Table.Th>
                <Table.Th>{t("review.case.columns.arrived")}</Table.Th>
                <Table.Th>{t("review.case.columns.acted")}</Table.Th>
                <Table.Th>{t("review.case.columns.by")}</Table.Th>
                <Table.Th>{t("review.case.columns.reason")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(view.levels ?? []).map((l, i) => (
                <Table.Tr key={`${l.level}-${i}`}>
                  <Table.Td>{t(`level.${l.level}`)}</Table.Td>
                  <Table.Td><StageBadge stage={l.status} /></Table.Td>
                  <Table.Td>{formatDate(l.arrivedAt ?? undefined, i18n.language)}</Table.Td>
                  <Table.Td>{formatDate(l.actedAt ?? undefined, i18n.language)}</Table.Td>
                  <Table.Td>{l.actedBy}</Table.Td>
                  <Table.Td>{l.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </Card>

      <CaseCertificates modelId={id} stage={view.stage} />
    </Stack>
  );
}

/** The caller's scorecard against the level's criteria; scoring again replaces it. */
function ScoreCard({ modelId, rules, levelName, onScored }: {
  modelId: string; rules: Rules | null; levelName: string; onScored: () => void;
}) {
  const { t } = useTranslation();
  const { apis } = useApp();
  const [points, setPoints] = useState<Record<string, number>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  if (!rules || !rules.criteria || rules.criteria.length === 0) {
    return null;
  }
  const save = async () => {
    setSaving(true);
    setProblem(null);
    try {
      const all = Object.fromEntries(rules.criteria!.map((c) => [c.code!, points[c.code!] ?? 0]));
      const judged = orThrow(await apis.recognition.POST("/api/v1/cases/{modelId}/scores", {
        params: { path: { modelId } }, body: { points: all },
      }));
      notifyDone(t("review.scores.saved", { average: judged.data.averageScore ?? "—" }));
      onScored();
    } catch (e) {
      setProblem(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="scores-title">
      <Title order={2} size="h4" mb="xs" id="scores-title">
        {t("review.scores.title")} · {levelName}
      </Title>
      <Stack gap="xs">
        {rules.criteria.map((c) => (
          <NumberInput key={c.code} label={t("review.scores.points", { name: c.name, max: c.maxPoints, weight: c.weight })}
            description={c.description ?? undefined} min={0} max={c.maxPoints} allowDecimal={false} clampBehavior="strict"
            value={points[c.code!] ?? ""} onChange={(v) => setPoints((p) => ({ ...p, [c.code!]: Number(v) || 0 }))} />
        ))}
        {problem !== null && <ProblemAlert error={problem} />}
        <Group>
          <Button onClick={() => void save()} loading={saving} variant="light">
            {t("review.scores.save")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
