/**
 * /du-lieu/datapackage.json: the Frictionless descriptor of the datasets. The CSV and JSON downloads beside it are
 * written as files after the pages (src/tables/downloads.ts), because a route's response is one whole string.
 */
import type { APIRoute } from "astro";
import { dataPackage } from "../../schemas/datapackage";

export const GET: APIRoute = () => new Response(`${JSON.stringify(dataPackage(), null, 2)}\n`);
