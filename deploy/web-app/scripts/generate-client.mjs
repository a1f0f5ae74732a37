// Generates the typed client's declarations from the three services' OpenAPI documents as deploy/contracts holds them
// (each service's OpenApiTest checks it serves its copy). The app calls the APIs only
// through openapi-fetch typed by these, so an operation or field missing from a document fails the type check.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../..");
const out = path.resolve(here, "../src/api/generated");
fs.mkdirSync(out, { recursive: true });

for (const service of ["registry", "recognition", "reporting"]) {
  const document = path.join(root, `deploy/contracts/src/main/resources/vn/dvk/contracts/openapi/${service}-service.json`);
  if (!fs.existsSync(document)) {
    console.error(`${document} is missing`);
    process.exit(1);
  }
  const ast = await openapiTS(new URL(`file://${document}`));
  const header = `// Generated from ${service}-service's OpenAPI document by scripts/generate-client.mjs: do not edit.\n`;
  fs.writeFileSync(path.join(out, `${service}.ts`), header + astToString(ast));
  console.log(`client types: ${service} -> src/api/generated/${service}.ts`);
}
