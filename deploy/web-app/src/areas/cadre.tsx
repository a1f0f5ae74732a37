import { Route } from "react-router";
import { ModelFormPage } from "../pages/ModelFormPage";
import { ModelPage } from "../pages/ModelPage";
import { ModelsPage } from "../pages/ModelsPage";
import type { Area } from "./area";

/** A unit cadre's screens: the unit's models, drafting, evidence, submitting and answering returns. */
export const cadre: Area = {
  roles: ["submitter"],
  home: "/models",
  links: [
    { to: "/models", label: "nav.models" },
    { to: "/models/new", label: "nav.draft" },
  ],
  routes: (
    <>
      <Route path="/models" element={<ModelsPage />} />
      <Route path="/models/new" element={<ModelFormPage />} />
      <Route path="/models/:id" element={<ModelPage />} />
      <Route path="/models/:id/edit" element={<ModelFormPage />} />
    </>
  ),
};
