/**
 * Vietnamese messages: the reference catalogue. Its keys are the message keys of the whole site, and en.ts
 * (typed by `Catalogue` below) must give every one of them, no more and no fewer. Keys are English and
 * dotted by topic; a key built from a data code keeps the code (`kind.<unit kind>`, `measure.dossier.<measure>`).
 * Placeholders are {name}; {site} is filled in by t() with the site's name. Messages hold no HTML: a link
 * inside a sentence is a placeholder the component renders (see tParts).
 */
import type { PluralMessage } from "../template";
import { checker } from "./vi/checker";
import { codes } from "./vi/codes";
import { rankcompare } from "./vi/rankcompare";
import { pages } from "./vi/pages";
import { site } from "./vi/site";
import { place } from "./vi/place";
import { charts } from "./vi/charts";
import { checks } from "./vi/checks";
import { words } from "./vi/words";

/** Every area's messages (vi/*.ts), one object; an area adds its line here and in en.ts. */
export const vi = {
  ...site,
  ...codes,
  ...checker,
  ...rankcompare,
  ...place,
  ...pages,
  ...charts,
  ...checks,
  ...words,
} as const;

export type MessageKey = keyof typeof vi;

/** The shape every language must give: each key, a plural message where Vietnamese has one, a string elsewhere. */
export type Catalogue = { readonly [K in MessageKey]: (typeof vi)[K] extends string ? string : PluralMessage };
