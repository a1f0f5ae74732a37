import { Alert, Button, Center, Container, Loader, Stack, Text, Title } from "@mantine/core";
import { Fragment, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, Route, Routes, useLocation, useNavigate } from "react-router";
import { createApis } from "./api/client";
import { areasOf } from "./areas";
import { personOf, Session, type Person } from "./auth/session";
import { Layout } from "./components/Layout";
import { LanguagePicker } from "./components/LanguagePicker";
import { loadConfig } from "./config";
import { Context } from "./context";

type Start =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "signedOut"; session: Session }
  | { state: "signedIn"; session: Session; person: Person };

/** Reads where to sign in, finishes a sign-in the address carries, then shows the screens of the user's role. */
export function App() {
  const { t, i18n } = useTranslation();
  const [start, setStart] = useState<Start>({ state: "loading" });
  // the address a sign-in returns to, until the router shows it (see below)
  const [returning, setReturning] = useState<string | null>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const here = location.pathname + location.search;

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const session = new Session(await loadConfig());
      const user = await session.start();
      if (user && !cancelled) {
        // the sign-in put the address the user came for back with history.replaceState, which the router does not
        // hear: tell it, or a deep link would open the first area's home. The router applies a navigation as a
        // transition, after the signed-in screen renders: until it shows that address the routes wait (below),
        // or "/" (the sign-in's redirect address) would send the user home first and win
        const back = window.location.pathname + window.location.search;
        setReturning(back);
        navigate(back, { replace: true });
      }
      if (!cancelled) {
        setStart(user ? { state: "signedIn", session, person: personOf(user) } : { state: "signedOut", session });
      }
    })().catch((e: unknown) => !cancelled && setStart({ state: "failed", message: String(e) }));
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (returning !== null && here === returning) {
      setReturning(null);
    }
  }, [returning, here]);

  const apis = useMemo(
    () => (start.state === "signedIn" ? createApis(() => start.session.token(), () => i18n.language) : null),
    [start, i18n],
  );

  if (start.state === "loading" || (returning !== null && here !== returning)) {
    return (
      <Center h="100vh">
        <Loader aria-label={t("app.loading")} />
      </Center>
    );
  }
  if (start.state === "failed") {
    return (
      <Container size="sm" py="xl">
        <Alert color="red" title={t("problem.title")}>
          {t("app.startFailed", { message: start.message })}
        </Alert>
      </Container>
    );
  }
  if (start.state === "signedOut") {
    return (
      <Container size="xs" py="xl" component="main">
        <Stack>
          <Title order={1}>{t("app.name")}</Title>
          <Text>{t("app.tagline")}</Text>
          <Button size="md" onClick={() => start.session.signIn(window.location.pathname + window.location.search)}>
            {t("app.signIn")}
          </Button>
          <LanguagePicker />
        </Stack>
      </Container>
    );
  }
  const areas = areasOf(start.person.roles);
  return (
    <Context.Provider value={{ apis: apis!, person: start.person, session: start.session }}>
      <Layout links={areas.flatMap((area) => area.links)}>
        {areas.length > 0 ? (
          <Routes>
            <Route path="/" element={<Navigate to={areas[0].home} replace />} />
            {areas.map((area) => (
              <Fragment key={area.home}>{area.routes}</Fragment>
            ))}
            <Route path="*" element={<Navigate to={areas[0].home} replace />} />
          </Routes>
        ) : (
          <Alert color="gray">{t("app.noRole", { roles: start.person.roles.join(", ") })}</Alert>
        )}
      </Layout>
    </Context.Provider>
  );
}
