import { Route } from "react-router";
import { DeadLettersPage } from "../pages/operations/DeadLettersPage";
import { RebuildPage } from "../pages/operations/RebuildPage";
import type { Area } from "./area";

/**
 * An operator's screens: each service's dead letters and their replay; rebuilding the reporting figures from the
 * topics, followed to the end.
 */
export const operations: Area = {
  roles: ["operator"],
  home: "/operations/rebuild",
  links: [
    { to: "/operations/rebuild", label: "operations.nav.rebuild" },
    { to: "/operations/dead-letters", label: "operations.nav.letters" },
  ],
  routes: (
    <>
      <Route path="/operations/rebuild" element={<RebuildPage />} />
      <Route path="/operations/dead-letters" element={<DeadLettersPage />} />
    </>
  ),
};
