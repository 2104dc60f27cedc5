/**
 * Writes data/datapackage.json (Frictionless Data Package, Table Schema per file) and the column
 * reference inside data/README.md from the column definitions in src/schemas, so documentation and
 * validator can never disagree. `npm run datapackage` regenerates both; a unit test fails when stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dataPackage } from "../src/schemas/datapackage";
import { withColumnReference } from "../src/schemas/dataDocs";

writeFileSync("data/datapackage.json", `${JSON.stringify(dataPackage(), null, 2)}\n`);
writeFileSync("data/README.md", withColumnReference(readFileSync("data/README.md", "utf8")));
console.log("wrote data/datapackage.json and the column reference in data/README.md");
