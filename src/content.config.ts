/**
 * The content collections: stories and methodology pages, MDX under content/. The CSV datasets are not
 * collections: they are read once per build into typed tables (src/tables/tables.ts; why in the README).
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

const stories = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./content/stories" }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    date: z.coerce.date(),
    author: z.string().default("CCHC Mở"),
  }),
});

const pages = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./content/pages" }),
  schema: z.object({ title: z.string(), description: z.string() }),
});

export const collections = { stories, pages };
