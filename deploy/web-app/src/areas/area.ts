import type { ComponentType, ReactElement } from "react";

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
  /** Its entries in the navigation: a path, the catalogue key of its label, and what shows beside it (a count). */
  links: NavEntry[];
  /** Its routes, as a fragment of <Route> elements under the app's <Routes>. */
  routes: ReactElement;
}

/** One entry of the navigation. */
export interface NavEntry {
  to: string;
  label: string;
  /** Shown beside the label, such as a count of unread entries; mounted for as long as the navigation is. */
  badge?: ComponentType;
}
