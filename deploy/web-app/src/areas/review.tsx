import { Route } from "react-router";
import { CasePage } from "../pages/review/CasePage";
import { DecisionFormPage } from "../pages/review/DecisionFormPage";
import { DecisionPage } from "../pages/review/DecisionPage";
import { DecisionsPage } from "../pages/review/DecisionsPage";
import { QueuePage } from "../pages/review/QueuePage";
import { VerificationPage } from "../pages/review/VerificationPage";
import type { Area } from "./area";

/**
 * A committee reviewer's screens (base, bloc or province, by the organisation of their token): the queue, a case
 * with its scores, council and actions, numbered decisions with their certificates, and revocation.
 */
export const review: Area = {
  roles: ["reviewer"],
  home: "/review",
  links: [
    { to: "/review", label: "review.nav.queue" },
    { to: "/review/decisions", label: "review.nav.decisions" },
    { to: "/review/decisions/new", label: "review.nav.draft" },
  ],
  routes: (
    <>
      <Route path="/review" element={<QueuePage />} />
      <Route path="/review/cases/:id" element={<CasePage />} />
      <Route path="/review/decisions" element={<DecisionsPage />} />
      <Route path="/review/decisions/new" element={<DecisionFormPage />} />
      <Route path="/review/decisions/:id" element={<DecisionPage />} />
      <Route path="/review/verify" element={<VerificationPage />} />
    </>
  ),
};
