import { Route } from "react-router";
import { CampaignPage } from "../pages/admin/CampaignPage";
import { CampaignsPage } from "../pages/admin/CampaignsPage";
import { OrganisationsPage } from "../pages/admin/OrganisationsPage";
import type { Area } from "./area";

/** An administrator's screens: the province's organisation tree, its campaigns and each level's criteria. */
export const admin: Area = {
  roles: ["admin"],
  home: "/admin/organisations",
  links: [
    { to: "/admin/organisations", label: "admin.nav.organisations" },
    { to: "/admin/campaigns", label: "admin.nav.campaigns" },
  ],
  routes: (
    <>
      <Route path="/admin/organisations" element={<OrganisationsPage />} />
      <Route path="/admin/campaigns" element={<CampaignsPage />} />
      <Route path="/admin/campaigns/:id" element={<CampaignPage />} />
    </>
  ),
};
