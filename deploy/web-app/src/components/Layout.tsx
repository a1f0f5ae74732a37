import { AppShell, Burger, Button, Group, NavLink, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { NavEntry } from "../areas/area";
import { useApp } from "../context";
import { LanguagePicker } from "./LanguagePicker";

/** Header with the user and the language, a navigation that folds behind a burger on a phone. */
export function Layout({ links, children }: { links: NavEntry[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { person, session } = useApp();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 250, breakpoint: "sm", collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap" gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("app.menu")} />
            <Title order={2} size="h4" c="red.9">
              {t("app.name")}
            </Title>
          </Group>
          <Group wrap="nowrap" gap="sm" visibleFrom="xs">
            <Text size="sm" data-testid="user">
              {person.name} · {person.organisationId}
            </Text>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t("app.name")}>
        <Stack gap="xs" justify="space-between" h="100%">
          <Stack gap={2}>
            {links.map((link) => (
              <NavLink
                key={link.to}
                component={Link}
                to={link.to}
                label={t(link.label)}
                active={location.pathname === link.to}
                rightSection={link.badge ? <link.badge /> : undefined}
                onClick={close}
              />
            ))}
          </Stack>
          <Stack gap="xs">
            <Text size="sm" hiddenFrom="xs">
              {person.name} · {person.organisationId}
            </Text>
            <LanguagePicker />
            <Button variant="default" onClick={() => void session.signOut()}>
              {t("app.signOut")}
            </Button>
          </Stack>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
