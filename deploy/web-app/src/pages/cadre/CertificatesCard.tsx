import { Anchor, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { orThrow } from "../../api/client";
import { openDocument } from "../../api/download";
import type { components } from "../../api/generated/recognition";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useApp } from "../../context";
import { formatDate } from "../../i18n";

type Certificate = components["schemas"]["CertificateView"];

/** Where anyone holding a certificate checks it: the address its QR code carries, without signing in. */
export function verificationLink(certificate: Certificate): string {
  return `/api/v1/certificates/verification?token=${encodeURIComponent(certificate.token ?? "")}`;
}

/** The certificates issued for one of the unit's models: each as a PDF, and the link that verifies it. */
export function CertificatesCard({ modelId, title }: { modelId: string; title?: string }) {
  const { t, i18n } = useTranslation();
  const { apis, session } = useApp();
  const [certificates, setCertificates] = useState<Certificate[] | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  useEffect(() => {
    apis.recognition.GET("/api/v1/cases/{modelId}/certificates", { params: { path: { modelId } } })
      .then((answer) => setCertificates(orThrow(answer).data))
      .catch(setProblem);
  }, [apis, modelId]);

  const download = async (certificate: Certificate) => {
    await openDocument(`/api/v1/certificates/${certificate.id}/pdf`, await session.token(), i18n.language);
  };

  if (problem !== null) {
    return <ProblemAlert error={problem} />;
  }
  if (certificates === null || (title && certificates.length === 0)) {
    return null;
  }
  return (
    <Card withBorder component="section" aria-label={title ?? t("cadre.certificates.title")}>
      <Title order={2} size="h4" mb="xs">
        {title ?? t("cadre.certificates.title")}
      </Title>
      {certificates.length === 0 ? (
        <Text size="sm">{t("cadre.certificates.none")}</Text>
      ) : (
        <List spacing="sm" data-testid="certificates">
          {certificates.map((certificate) => (
            <List.Item key={certificate.id}>
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {t(`cadre.certificates.kind.${certificate.kind}`, {
                    level: certificate.level ? t(`level.${certificate.level}`) : "",
                  })}
                </Text>
                <Text size="xs" c="gray.7">
                  {t("cadre.certificates.issuedAt", { date: formatDate(certificate.issuedAt, i18n.language) })}
                </Text>
                <Group gap="sm">
                  <Button size="compact-sm" variant="light" onClick={() => void download(certificate)}>
                    {t("cadre.certificates.pdf")}
                  </Button>
                  <Anchor href={verificationLink(certificate)} target="_blank" rel="noopener" size="sm">
                    {t("cadre.certificates.verify")}
                  </Anchor>
                </Group>
              </Stack>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
