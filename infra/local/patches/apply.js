// Fixes applied to the installed emulators after `npm ci` (the package's own code, not ours).
// Each fix is a literal replacement, applied once and checked, so a new emulator version that changes the
// code fails loudly here instead of silently behaving differently from Azure.
"use strict";
const fs = require("fs");
const path = require("path");

const fixes = [
  {
    // Reading a document that does not exist must answer 404 NotFound, as Cosmos DB does; 1.0.1 dereferences
    // the missing document and answers 500.
    file: "node_modules/@vercel/cosmosdb-server/lib/handler/read-document.js",
    find: "const data = collection.document(docId, parsedPartitionKey).read();\n",
    replace:
      "const data = collection.document(docId, parsedPartitionKey).read();\n" +
      "        if (!data) { res.statusCode = 404; return { code: \"NotFound\", message: \"Entity with the specified id does not exist in the system.,\" }; }\n",
  },
];

for (const fix of fixes) {
  const file = path.join(__dirname, "..", fix.file);
  const text = fs.readFileSync(file, "utf8");
  if (text.includes(fix.replace)) continue;
  if (!text.includes(fix.find)) {
    console.error(`patches: ${fix.file} does not contain the expected code; the emulator version changed`);
    process.exit(1);
  }
  fs.writeFileSync(file, text.replace(fix.find, fix.replace));
  console.log(`patches: applied fix to ${fix.file}`);
}
