/**
 * The content collections: stories and methodology pages, MDX under content/ (Vietnamese) and content/en/
 * (English, written for readers who do not know the Vietnamese system, not translated line by line). The CSV
 * datasets are not collections: they are read once per build into typed tables (src/tables/tables.ts; why in
 * the README).
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

const storySchema = z.object({
  title: z.string(),
  description: z.string(),
  date: z.coerce.date(),
  author: z.string().default("CCHC Mở"),
});
const pageSchema = z.object({ title: z.string(), description: z.string() });

const stories = defineCollection({ loader: glob({ pattern: "**/*.mdx", base: "./content/stories" }), schema: storySchema });
const pages = defineCollection({ loader: glob({ pattern: "**/*.mdx", base: "./content/pages" }), schema: pageSchema });
/** English stories: one file per Vietnamese story it tells in English, with the same slug (its file name). */
const storiesEn = defineCollection({ loader: glob({ pattern: "**/*.mdx", base: "./content/en/stories" }), schema: storySchema });
const pagesEn = defineCollection({ loader: glob({ pattern: "**/*.mdx", base: "./content/en/pages" }), schema: pageSchema });

export const collections = { stories, pages, storiesEn, pagesEn };
