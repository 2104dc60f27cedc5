/**
 * The one registry of collections. Each CSV dataset is a collection fed by csvLoader (papaparse + the
 * dataset's zod schema); stories and methodology pages are MDX under content/.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { csvLoader } from "./loaders/astroLoader";
import { DATASET_NAMES, type DatasetName } from "./schemas/index";

const dataCollections = Object.fromEntries(
  DATASET_NAMES.map((name: DatasetName) => [name, defineCollection({ loader: csvLoader(name) })]),
) as Record<DatasetName, ReturnType<typeof defineCollection>>;

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

export const collections = { ...dataCollections, stories, pages };
