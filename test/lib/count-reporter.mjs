// A node:test reporter that writes one JSON line of leaf-test counts, for test/run.mjs.
export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failures = [];
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const d = event.data;
    if (d.details?.type === 'suite') continue;
    if (d.skip || d.todo) { skipped++; continue; }
    if (event.type === 'test:pass') passed++;
    else { failed++; failures.push(d.name); }
  }
  yield JSON.stringify({ passed, failed, skipped, failures }) + '\n';
}
