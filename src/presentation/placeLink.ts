/** Which route a place's page is, for links that go through the route table and the editions registry (EditionLink). */
import type { Unit } from "../schemas/units";
import { tierOf } from "../metrics/places";
import type { RouteName, RouteParams } from "../i18n/routes";
import { linkTo } from "../i18n/editions";
import type { Locale } from "../i18n/locale";

/** The route name and ids of a place's page: { route: "district", params: { unit: "binh-dinh/tay-son" } }. */
export function placeRoute(unit: Pick<Unit, "unit_id" | "kind">): { route: RouteName; params: Record<string, string> } {
  const tier = tierOf(unit.kind);
  if (tier === "country") return { route: "home", params: {} };
  if (tier === "province") return { route: "province", params: { province: unit.unit_id } };
  return { route: tier, params: { unit: unit.unit_id } };
}

/** A place's page in `locale`'s edition once that kind of page is built in it, the Vietnamese page until then. */
export function placeLink(unit: Pick<Unit, "unit_id" | "kind">, locale: Locale): string {
  const { route, params } = placeRoute(unit);
  return linkTo(route, params as RouteParams<RouteName>, locale).path;
}
