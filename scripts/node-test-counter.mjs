/** A node:test reporter that writes how many tests passed and failed, for the test summary. */
export default async function* counter(source) {
  const totals = { passed: 0, failed: 0 };
  for await (const event of source) {
    // Count tests, not the suites that hold them.
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass' && !event.data.skip && !event.data.todo) totals.passed++;
    if (event.type === 'test:fail') totals.failed++;
  }
  yield JSON.stringify(totals);
}
