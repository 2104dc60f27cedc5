/**
 * English messages. Every key of the Vietnamese reference catalogue (vi.ts) and no other: `Catalogue` makes a
 * missing or unknown key a type error and messages.test.ts a test failure. Written for a reader who does not
 * know the Vietnamese system (what a level, a survey or a scale is), not translated word for word; place names
 * are never in a message (they stay Vietnamese, from data/), so no message here has a Vietnamese letter.
 */
import { checker } from "./en/checker";
import { codes } from "./en/codes";
import { rankcompare } from "./en/rankcompare";
import { pages } from "./en/pages";
import { site } from "./en/site";
import { place } from "./en/place";
import { charts } from "./en/charts";
import { checks } from "./en/checks";
import { words } from "./en/words";
import type { Catalogue } from "./vi";

/** Every area's messages (en/*.ts), one object; each area is typed against its Vietnamese file. */
export const en: Catalogue = {
  ...site,
  ...codes,
  ...checker,
  ...rankcompare,
  ...place,
  ...pages,
  ...charts,
  ...checks,
  ...words,
};
