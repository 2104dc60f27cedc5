/**
 * The shape of one area of the English catalogue, read from the same area's Vietnamese messages: every key,
 * a plural message where Vietnamese has one, a string elsewhere. Areas (one file per topic in vi/ and en/)
 * keep the two catalogues readable side by side and let a topic's messages change in two files only.
 */
import type { Message, PluralMessage } from "../template";

export type AreaCatalogue<Reference extends Record<string, Message>> = {
  readonly [K in keyof Reference]: Reference[K] extends string ? string : PluralMessage;
};
