import { Route } from "react-router";
import { AuditPage } from "../pages/audit/AuditPage";
import type { Area } from "./area";

/** An auditor's screen: the services' audit trails, filtered. */
export const audit: Area = {
  roles: ["auditor"],
  home: "/audit",
  links: [{ to: "/audit", label: "audit.nav" }],
  routes: <Route path="/audit" element={<AuditPage />} />,
};
