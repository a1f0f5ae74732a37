import { Alert, Button, Group, Loader, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from "@mantine/core";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import { orThrow, type Registry } from "../api/client";
import { messagesByField, ProblemError, type Problem } from "../api/problem";
import { notifyDone } from "../components/notify";
import { ProblemAlert } from "../components/ProblemAlert";
import { useApp } from "../context";

type Content = Registry["ModelContent"];
type Campaign = Registry["CampaignView"];

const FIELDS: Content["field"][] = ["ECONOMY", "CULTURE_SOCIETY", "DEFENSE_SECURITY", "POLITICAL_SYSTEM"];
const KINDS: Content["kind"][] = ["MODEL", "EXEMPLAR"];
const OWNER_KINDS: Content["ownerKind"][] = ["COLLECTIVE", "INDIVIDUAL"];
const TEXTS = ["summary", "goals", "implementation", "results"] as const;

/** The form's values: every field of the model's content, as text while it is edited. */
interface Values {
  campaignId: string;
  kind: string;
  field: string;
  ownerKind: string;
  ownerName: string;
  ownerPosition: string;
  title: string;
  summary: string;
  goals: string;
  implementation: string;
  results: string;
  startedOn: string;
  assignedTask: string;
  tags: string;
}

const EMPTY: Values = {
  campaignId: "", kind: "MODEL", field: "", ownerKind: "COLLECTIVE", ownerName: "", ownerPosition: "", title: "",
  summary: "", goals: "", implementation: "", results: "", startedOn: "", assignedTask: "", tags: "",
};

function valuesOf(content: Content): Values {
  return {
    ...EMPTY,
    ...Object.fromEntries(Object.entries(content).filter(([, v]) => typeof v === "string")),
    tags: (content.tags ?? []).join(", "),
  };
}

/** What is sent: empty texts left out, so that the API judges what is required, not the form. */
function contentOf(values: Values): Content {
  const text = (value: string) => (value.trim() === "" ? undefined : value.trim());
  return {
    campaignId: values.campaignId,
    kind: values.kind as Content["kind"],
    field: (text(values.field) ?? null) as Content["field"],
    ownerKind: values.ownerKind as Content["ownerKind"],
    ownerName: text(values.ownerName),
    ownerPosition: text(values.ownerPosition),
    title: values.title,
    summary: text(values.summary),
    goals: text(values.goals),
    implementation: text(values.implementation),
    results: text(values.results),
    startedOn: text(values.startedOn),
    assignedTask: text(values.assignedTask),
    tags: values.tags.split(",").map((tag) => tag.trim()).filter((tag) => tag !== ""),
  };
}

/**
 * Drafting a model (/models/new) or editing one (/models/:id/edit, with the version read as If-Match). The API
 * judges the input: its violations are shown at their fields.
 */
export function ModelFormPage() {
  const { t } = useTranslation();
  const { apis } = useApp();
  const { id } = useParams();
  const navigate = useNavigate();
  // the model page sends here the fields a refused submission named, to show at the fields
  const refused = (useLocation().state as { violations?: Problem["violations"] } | null)?.violations;
  const [values, setValues] = useState<Values | null>(id ? null : EMPTY);
  const [etag, setEtag] = useState("");
  const [campaigns, setCampaigns] = useState<Campaign[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>(() =>
    refused ? messagesByField({ violations: refused }) : {});
  const [problem, setProblem] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const loadModel = async () => {
    if (!id) {
      return;
    }
    try {
      const read = orThrow(await apis.registry.GET("/api/v1/models/{id}", { params: { path: { id } } }));
      setValues(valuesOf(read.data.content!));
      setEtag(read.etag);
      setProblem(null);
    } catch (e) {
      setProblem(e);
    }
  };

  useEffect(() => {
    void loadModel();
    apis.registry
      .GET("/api/v1/campaigns")
      .then((result) => {
        const open = orThrow(result).data.filter((c) => c.status === "OPEN");
        setCampaigns(open);
        setValues((v) => (v && !v.campaignId && open.length > 0 ? { ...v, campaignId: open[0].id! } : v));
      })
      .catch(setProblem);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  if (values === null) {
    return problem ? <ProblemAlert error={problem} /> : <Loader aria-label={t("app.loading")} />;
  }

  const set = (name: keyof Values) => (value: string | null) => setValues({ ...values, [name]: value ?? "" });
  const input = (name: keyof Values) => ({
    label: t(`form.${name}`),
    value: values[name],
    error: errors[name],
    name,
    onChange: (e: { currentTarget: { value: string } }) => set(name)(e.currentTarget.value),
  });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      const body = contentOf(values);
      const saved = id
        ? orThrow(await apis.registry.PUT("/api/v1/models/{id}", {
            params: { path: { id }, header: { "If-Match": etag } },
            body,
          }))
        : orThrow(await apis.registry.POST("/api/v1/models", { body }));
      setErrors({});
      notifyDone(t("model.saved"));
      navigate(`/models/${saved.data.id}`);
    } catch (e) {
      setErrors(e instanceof ProblemError ? messagesByField(e.problem) : {});
      setProblem(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={save} noValidate aria-labelledby="form-title">
    <Stack maw={900}>
      <Title order={1} size="h2" id="form-title">
        {id ? t("form.editTitle") : t("form.newTitle")}
      </Title>
      {problem === null && refused && Object.keys(errors).length > 0 && (
        <Alert color="red" role="alert">
          {t("cadre.missing.title")}
        </Alert>
      )}
      {problem !== null && (
        <>
          {Object.keys(errors).length > 0 ? (
            <Alert color="red" role="alert">
              {t("form.invalid")}
            </Alert>
          ) : (
            <ProblemAlert error={problem} onReload={() => void loadModel()} />
          )}
        </>
      )}
      <Select
        label={t("form.campaignId")}
        value={values.campaignId}
        onChange={set("campaignId")}
        error={errors.campaignId}
        data={campaigns.map((c) => ({ value: c.id!, label: c.name ?? c.id! }))}
        disabled={Boolean(id)}
        allowDeselect={false}
      />
      <TextInput {...input("title")} withAsterisk />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select label={t("form.field")} value={values.field || null} onChange={set("field")} error={errors.field}
          withAsterisk data={FIELDS.map((f) => ({ value: f, label: t(`field.${f}`) }))} />
        <Select label={t("form.kind")} value={values.kind} onChange={set("kind")} error={errors.kind}
          allowDeselect={false} data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        <Select label={t("form.ownerKind")} value={values.ownerKind} onChange={set("ownerKind")}
          error={errors.ownerKind} allowDeselect={false}
          data={OWNER_KINDS.map((k) => ({ value: k, label: t(`ownerKind.${k}`) }))} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...input("ownerName")} />
        <TextInput {...input("ownerPosition")} />
      </SimpleGrid>
      {TEXTS.map((name) => (
        <Textarea key={name} {...input(name)} autosize minRows={3} />
      ))}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...input("startedOn")} type="date" />
        <TextInput {...input("assignedTask")} />
      </SimpleGrid>
      <TextInput {...input("tags")} description={t("form.tagsHint")} />
      <Group>
        <Button type="submit" loading={saving}>
          {id ? t("form.saveChanges") : t("form.save")}
        </Button>
        <Button variant="default" onClick={() => navigate(id ? `/models/${id}` : "/models")}>
          {t("form.cancel")}
        </Button>
      </Group>
    </Stack>
    </form>
  );
}
