// `npm run data:check-treaties -- <file-or-url> [<file-or-url>]`
// Reads the UN Treaty Collection status pages of CAT (IV-9) and OPCAT (IV-9-b), saved files or
// their addresses, compares them with every country in the database (DATABASE_URL) and files one
// proposal per difference in the editors' review queue (/admin/changes). Publishes nothing.
// Runs with `--conditions=react-server` so the app's server-only modules load outside Next.js.
import { prisma } from '@/server/db';
import { readUntcInput } from '@/server/treaty-check/read-untc-input';
import { runTreatyCheck } from '@/server/treaty-check/run-treaty-check';

const inputs = process.argv.slice(2).filter((arg) => arg !== '--');
if (inputs.length === 0 || inputs.length > 2) {
  console.error(
    'Usage: npm run data:check-treaties -- <file-or-url> [<file-or-url>]\n' +
      'Give the CAT page, the OPCAT page, or both (saved HTML files or http(s) addresses).',
  );
  process.exit(2);
}

const result = await runTreatyCheck({
  trigger: 'COMMAND',
  load: () => Promise.all(inputs.map((input) => readUntcInput(input))),
});
await prisma.$disconnect();

if (result.error) {
  console.error(`✖ ${result.error}\nNothing was filed.`);
  process.exit(1);
}
for (const page of result.pages) {
  console.log(`${page.treaty}: ${page.from}, status as at ${page.statusAsAt}`);
}
for (const d of result.differences) {
  console.log(`  ${d.country} (${d.iso2}) ${d.field}: ${d.current ?? '—'} → ${d.proposed ?? '—'}`);
}
for (const note of result.notes) {
  console.log(`  ${note.country} (${note.iso2}), ${note.treaty}: ${note.kind} (not filed)`);
}
console.log(
  `${result.differences.length} difference(s), ${result.filed} new proposal(s) filed for review; ` +
    `${result.differences.length - result.filed} already proposed before.`,
);
