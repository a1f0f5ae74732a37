import { Route } from "react-router";
import { RebuildPage } from "../pages/operations/RebuildPage";
import type { Area } from "./area";

/** An operator's screens: rebuilding the reporting figures from the topics, followed to the end. */
export const operations: Area = {
  roles: ["operator"],
  home: "/operations/rebuild",
  links: [{ to: "/operations/rebuild", label: "operations.nav.rebuild" }],
  routes: <Route path="/operations/rebuild" element={<RebuildPage />} />,
};
