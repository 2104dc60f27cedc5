/** The catalogues of every locale, checked against the Vietnamese reference (see vi.ts). */
import type { Locale } from "../locale";
import { en } from "./en";
import { vi, type Catalogue } from "./vi";

export type { Catalogue, MessageKey } from "./vi";

export const MESSAGES: Readonly<Record<Locale, Catalogue>> = { vi, en };

/** The Vietnamese catalogue with its literal types, from which t() reads each message's placeholders. */
export type ReferenceCatalogue = typeof vi;
