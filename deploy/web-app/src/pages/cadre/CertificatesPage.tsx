import { Loader, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { orThrow, type Registry } from "../../api/client";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { CertificatesCard } from "./CertificatesCard";

type Summary = Registry["ModelSummary"];

/** The unit's certificates: those of each of its recognised models, with their PDFs and verification links. */
export function CertificatesPage() {
  const { t } = useTranslation();
  const { apis, person } = useApp();
  const [models, setModels] = useState<Summary[] | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  useEffect(() => {
    apis.registry.GET("/api/v1/models", {
      params: { query: { organisationId: person.organisationId, status: ["RECOGNIZED"], limit: 100 } },
    })
      .then((answer) => setModels(orThrow(answer).data.items ?? []))
      .catch(setProblem);
  }, [apis, person]);

  return (
    <Stack component="section" aria-labelledby="certificates-title" maw={900}>
      <Title order={1} size="h2" id="certificates-title">
        {t("cadre.certificates.pageTitle")}
      </Title>
      {problem !== null && <ProblemAlert error={problem} />}
      {models === null && problem === null && <Loader aria-label={t("app.loading")} />}
      {models !== null && models.length === 0 && <Text>{t("cadre.certificates.noneForUnit")}</Text>}
      {models?.map((model) => (
        <CertificatesCard key={model.id} modelId={model.id!} title={model.title} />
      ))}
    </Stack>
  );
}
