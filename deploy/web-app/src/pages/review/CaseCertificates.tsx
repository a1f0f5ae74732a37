import { Anchor, Button, Card, Group, List, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { orThrow } from "../../api/client";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { formatDate } from "../../i18n";
import { openDocument } from "./download";
import type { CertificateView } from "./types";

/**
 * A model's certificates (one per recognition by decision and per commendation), optionally those of one decision:
 * each with its PDF and the link that verifies it (what its QR code carries).
 */
export function CaseCertificates({ modelId, stage, decisionId, title }: {
  modelId: string; stage?: string; decisionId?: string; title?: string;
}) {
  const { t, i18n } = useTranslation();
  const { apis, session } = useApp();
  const [certificates, setCertificates] = useState<CertificateView[] | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  useEffect(() => {
    void (async () => {
      try {
        const all = orThrow(await apis.recognition.GET("/api/v1/cases/{modelId}/certificates", {
          params: { path: { modelId } },
        })).data;
        setCertificates(decisionId ? all.filter((c) => c.decisionId === decisionId) : all);
      } catch (e) {
        setProblem(e);
      }
    })();
  }, [apis, modelId, decisionId, stage]);

  const pdf = async (certificate: CertificateView) => {
    try {
      await openDocument(`/api/v1/certificates/${certificate.id}/pdf`, await session.token(), i18n.language);
    } catch (e) {
      setProblem(e);
    }
  };

  return (
    <Card withBorder component="section" aria-label={title ?? t("review.certificates.title")}>
      <Title order={2} size="h4" mb="xs">
        {title ?? t("review.certificates.title")}
      </Title>
      {problem !== null && <ProblemAlert error={problem} />}
      {certificates !== null && certificates.length === 0 && <Text size="sm">{t("review.certificates.none")}</Text>}
      {certificates !== null && certificates.length > 0 && (
        <List data-testid="certificates" spacing="xs">
          {certificates.map((c) => (
            <List.Item key={c.id}>
              <Text>
                {t(`review.certificates.${c.kind}`, { level: t(`level.${c.level}`) })},{" "}
                {t("review.certificates.issuedAt", { date: formatDate(c.issuedAt, i18n.language) })}
              </Text>
              <Group gap="xs">
                <Button size="compact-sm" variant="subtle" onClick={() => void pdf(c)}>
                  {t("review.certificates.pdf")}
                </Button>
                <Anchor component={Link} to={`/review/verify?token=${encodeURIComponent(c.token ?? "")}`} size="sm">
                  {t("review.certificates.verify")}
                </Anchor>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
