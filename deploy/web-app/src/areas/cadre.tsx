import { Route } from "react-router";
import { ModelFormPage } from "../pages/ModelFormPage";
import { ModelPage } from "../pages/ModelPage";
import { ModelsPage } from "../pages/ModelsPage";
import { CertificatesPage } from "../pages/cadre/CertificatesPage";
import { FeedBadge } from "../pages/cadre/FeedBadge";
import { FeedPage } from "../pages/cadre/FeedPage";
import type { Area } from "./area";

/**
 * A unit cadre's screens: the unit's models, drafting, evidence, submitting and answering returns, the unit's live
 * feed, withdrawing, progress and certificates.
 */
export const cadre: Area = {
  roles: ["submitter"],
  home: "/models",
  links: [
    { to: "/models", label: "nav.models" },
    { to: "/models/new", label: "nav.draft" },
    { to: "/feed", label: "cadre.nav.feed", badge: FeedBadge },
    { to: "/certificates", label: "cadre.nav.certificates" },
  ],
  routes: (
    <>
      <Route path="/models" element={<ModelsPage />} />
      <Route path="/models/new" element={<ModelFormPage />} />
      <Route path="/models/:id" element={<ModelPage />} />
      <Route path="/models/:id/edit" element={<ModelFormPage />} />
      <Route path="/feed" element={<FeedPage />} />
      <Route path="/certificates" element={<CertificatesPage />} />
    </>
  ),
};
