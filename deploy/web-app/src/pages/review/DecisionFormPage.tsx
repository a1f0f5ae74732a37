import { ActionIcon, Alert, Button, Card, Checkbox, Group, List, Loader, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { orThrow } from "../../api/client";
import { messagesByField, ProblemError } from "../../api/problem";
import { notifyDone } from "../../components/notify";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { refusedParts } from "./refusals";
import { unitsUnder, withChosen } from "./units";
import { LEVELS, type QueueEntry, type Recognition } from "./types";

type Level = Recognition["Level"];
type Commendation = Recognition["CommendationRequest"];
const FORMS = ["GIAY_KHEN", "BANG_KHEN"] as const;
const GRADED = ["GIAY_KHEN"];

const blankCommendation = (): Commendation => ({
  form: "GIAY_KHEN", grade: "ACHIEVEMENT", recipientKind: "COLLECTIVE", recipientName: "", unitId: "", achievement: "",
});

/**
 * Drafting a numbered decision of the caller's committee: its terms, the cases it recognises (chosen among those
 * under review at the committee's level; ?modelId= preselects one), and the commendations it awards. A refused
 * decision lists each case or commendation the API refused and why; nothing is written until every part passes.
 */
export function DecisionFormPage() {
  const { t } = useTranslation();
  const { apis, person } = useApp();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [level, setLevel] = useState<Level | null>(null);
  const [cases, setCases] = useState<QueueEntry[] | null>(null);
  // the units under the committee, by name: a commendation's unit is picked, not typed as an id
  const [units, setUnits] = useState<{ value: string; label: string }[]>([]);
  const [chosen, setChosen] = useState<string[]>(search.getAll("modelId"));
  const [terms, setTerms] = useState({ number: "", issuedOn: provinceToday(), signerName: "",
    signerTitle: "", legalBasis: "" });
  const [commendations, setCommendations] = useState<Commendation[]>([]);
  const [problem, setProblem] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  // one key per attempt: a retry of the same attempt is answered once; after a refusal the next attempt is new
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  useEffect(() => {
    void (async () => {
      try {
        const organisation = orThrow(await apis.registry.GET("/api/v1/organisations/{id}", {
          params: { path: { id: person.organisationId } },
        })).data;
        setLevel(LEVELS.find((l) => l === organisation.kind) ?? null);
        const queue = orThrow(await apis.recognition.GET("/api/v1/reviews", {
          params: { query: { stage: "UNDER_REVIEW", limit: 500 } },
        })).data;
        setCases(queue.items ?? []);
        const organisations = orThrow(await apis.registry.GET("/api/v1/organisations", {
          params: { query: { limit: 500 } },
        })).data;
        setUnits(unitsUnder(organisations.items ?? [], person.organisationId));
      } catch (e) {
        setProblem(e);
      }
    })();
  }, [apis, person.organisationId]);

  const titles = useMemo(() => Object.fromEntries((cases ?? []).map((c) => [c.modelId!, c.title ?? ""])), [cases]);
  const refusal = problem instanceof ProblemError ? problem.problem : null;
  const parts = refusal ? refusedParts(refusal, titles, (n, recipient) =>
    `${t("review.draft.refusedCommendation", { n })}${recipient ? ` (${recipient})` : ""}`,
  commendations.map((c) => c.recipientName)) : [];
  const atField = refusal ? messagesByField(refusal) : {};
  const refusedAlert = useRef<HTMLDivElement>(null);
  // the refusal lies below the form: bring it into view, where the committee reads what to untick or complete
  // (a block, not an arrow's value: newer browsers' scrollIntoView returns a promise, which React would take for
  // the effect's cleanup and call)
  useEffect(() => {
    refusedAlert.current?.scrollIntoView({ block: "center" });
  }, [problem]);

  const issue = async () => {
    if (chosen.length === 0 && commendations.length === 0) {
      setProblem(new ProblemError({ status: 400, title: t("review.draft.nothing") }));
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const issued = orThrow(await apis.recognition.POST("/api/v1/decisions", {
        params: { header: { "Idempotency-Key": idempotencyKey } },
        body: {
          ...terms, level: level!, modelIds: chosen,
          commendations: commendations.map((c) => ({ ...c, grade: GRADED.includes(c.form) ? c.grade : undefined,
            modelId: c.modelId || undefined })),
        },
      }));
      notifyDone(t("review.draft.issued", { number: issued.data.number }));
      navigate(`/review/decisions/${issued.data.id}`);
    } catch (e) {
      setProblem(e);
      if (e instanceof ProblemError) {
        setIdempotencyKey(crypto.randomUUID());
      }
    } finally {
      setSaving(false);
    }
  };

  const term = (name: keyof typeof terms) => ({
    value: terms[name],
    error: atField[name],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setTerms((previous) => ({ ...previous, [name]: value }));
    },
  });
  const change = (i: number, patch: Partial<Commendation>) =>
    setCommendations((list) => list.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  if (cases === null || level === null) {
    return problem ? <ProblemAlert error={problem} /> : <Loader aria-label={t("app.loading")} />;
  }
  const levelName = t(`level.${level}`);
  return (
    <Stack maw={900} component="section" aria-labelledby="draft-title">
      <Title order={1} size="h2" id="draft-title">
        {t("review.draft.title")} · {levelName}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t("review.draft.number")} description={t("review.draft.numberHint")} required {...term("number")} />
        <TextInput label={t("review.draft.issuedOn")} type="date" required {...term("issuedOn")} />
        <TextInput label={t("review.draft.signerName")} required {...term("signerName")} />
        <TextInput label={t("review.draft.signerTitle")} required {...term("signerTitle")} />
      </SimpleGrid>
      <Textarea label={t("review.draft.legalBasis")} required autosize minRows={3} {...term("legalBasis")} />

      <Card withBorder component="fieldset" aria-describedby="cases-hint">
        <Title order={2} size="h4" component="legend">{t("review.draft.cases")}</Title>
        <Text size="sm" id="cases-hint" mb="xs">{t("review.draft.casesHint", { level: levelName })}</Text>
        {cases.length === 0 ? (
          <Text size="sm">{t("review.draft.noCases")}</Text>
        ) : (
          <Stack gap="xs" data-testid="draft-cases">
            {cases.map((c) => (
              <Checkbox key={c.modelId} label={`${c.title} · ${c.unitName}`} checked={chosen.includes(c.modelId!)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setChosen((list) => (on ? [...list, c.modelId!] : list.filter((id) => id !== c.modelId)));
                }} />
            ))}
          </Stack>
        )}
      </Card>

      <Card withBorder component="section" aria-labelledby="commendations-title">
        <Title order={2} size="h4" id="commendations-title" mb="xs">{t("review.draft.commendations")}</Title>
        <Stack gap="md">
          {commendations.map((c, i) => (
            <Stack key={i} gap="xs" data-testid="commendation">
              <Group justify="space-between">
                <Text fw={600}>{t("review.draft.commendation", { n: i + 1 })}</Text>
                <ActionIcon variant="subtle" color="red" aria-label={t("review.draft.removeCommendation")}
                  onClick={() => setCommendations((list) => list.filter((_, j) => j !== i))}>✕</ActionIcon>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select label={t("review.draft.form")} value={c.form} allowDeselect={false}
                  data={FORMS.map((f) => ({ value: f, label: t(`review.draft.${f}`) }))}
                  onChange={(v) => change(i, { form: v ?? "GIAY_KHEN" })} />
                {GRADED.includes(c.form) && (
                  <Select label={t("review.draft.grade")} value={c.grade ?? null} allowDeselect={false}
                    data={["ACHIEVEMENT", "OUTSTANDING"].map((g) => ({ value: g, label: t(`review.draft.${g}`) }))}
                    onChange={(v) => change(i, { grade: (v ?? "ACHIEVEMENT") as Commendation["grade"] })} />
                )}
                <Select label={t("review.draft.recipientKind")} value={c.recipientKind} allowDeselect={false}
                  data={["COLLECTIVE", "INDIVIDUAL"].map((k) => ({ value: k, label: t(`review.draft.${k}`) }))}
                  onChange={(v) => change(i, { recipientKind: (v ?? "COLLECTIVE") as Commendation["recipientKind"] })} />
                <TextInput label={t("review.draft.recipientName")} value={c.recipientName}
                  onChange={(e) => change(i, { recipientName: e.currentTarget.value })} />
                <Select label={t("review.draft.model")} clearable value={c.modelId ?? null}
                  data={cases.map((m) => ({ value: m.modelId!, label: m.title ?? "" }))}
                  onChange={(v) => change(i, { modelId: v ?? undefined,
                    unitId: cases.find((m) => m.modelId === v)?.unitId ?? c.unitId })} />
                <Select label={t("review.draft.unit")} searchable clearable value={c.unitId || null}
                  data={withChosen(units, c.unitId)} nothingFoundMessage={t("review.draft.noUnit")}
                  onChange={(v) => change(i, { unitId: v ?? "" })} />
              </SimpleGrid>
              <Textarea label={t("review.draft.achievement")} value={c.achievement} autosize minRows={2}
                onChange={(e) => change(i, { achievement: e.currentTarget.value })} />
            </Stack>
          ))}
          <Group>
            <Button variant="default" onClick={() => setCommendations((list) => [...list, blankCommendation()])}>
              {t("review.draft.addCommendation")}
            </Button>
          </Group>
        </Stack>
      </Card>

      {parts.length > 0 ? (
        <Alert color="red" role="alert" data-testid="refused" ref={refusedAlert}
          title={t("review.draft.refusedTitle", { count: parts.length })}>
          <Text size="sm">{t("review.draft.refusedHint")}</Text>
          <List size="sm" mt="xs">
            {parts.map((p) => (
              <List.Item key={p.key}>
                <Text span fw={600}>{p.subject}</Text>: {p.reason}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        problem !== null && <ProblemAlert error={problem} />
      )}
      <Group>
        <Button onClick={() => void issue()} loading={saving}>{t("review.draft.issue")}</Button>
        <Button variant="default" onClick={() => navigate("/review/decisions")}>{t("review.draft.cancel")}</Button>
      </Group>
    </Stack>
  );
}

/** Today on the province's calendar (YYYY-MM-DD), whatever the browser's zone: a decision is dated by it. */
function provinceToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
}
