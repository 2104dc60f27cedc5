/**
 * Writes data/datapackage.json (Frictionless Data Package, Table Schema per file) from the column
 * definitions in src/schemas, so the package and the validator can never disagree.
 * `npm run datapackage` regenerates it; a unit test fails when the committed file is stale.
 */
import { writeFileSync } from "node:fs";
import { dataPackage } from "../src/schemas/datapackage";

writeFileSync("data/datapackage.json", `${JSON.stringify(dataPackage(), null, 2)}\n`);
console.log("wrote data/datapackage.json");
