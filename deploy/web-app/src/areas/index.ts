import type { Area } from "./area";
import { admin } from "./admin";
import { audit } from "./audit";
import { cadre } from "./cadre";
import { operations } from "./operations";
import { review } from "./review";

/** Every area of the app, in the order the navigation lists them (one line per area). */
export const AREAS: Area[] = [
  cadre,
  review,
  admin,
  audit,
  operations,
];

/** The areas a user with these realm roles may see. */
export function areasOf(roles: string[]): Area[] {
  return AREAS.filter((area) => area.roles.some((role) => roles.includes(role)));
}
