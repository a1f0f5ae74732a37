import type { ReactElement } from "react";

/**
 * One area of the app: the screens of one kind of work (a unit's models, a committee's reviews, ...), shown to the
 * users whose realm roles name it. Each area lives in its own file and keeps its texts in its own catalogue file,
 * so the app grows an area at a time; App and Layout compose the areas a user may see.
 */
export interface Area {
  /** Realm roles (any of them) that see the area. */
  roles: string[];
  /** Where the app opens for a user whose first area this is. */
  home: string;
  /** Its entries in the navigation: a path and the catalogue key of its label. */
  links: { to: string; label: string }[];
  /** Its routes, as a fragment of <Route> elements under the app's <Routes>. */
  routes: ReactElement;
}
