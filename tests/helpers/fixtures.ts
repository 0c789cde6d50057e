/** A file of tests/fixtures, read in the browser tests through the test server. */
export async function readFixture(name: string): Promise<string> {
  return (await fetch(`/tests/fixtures/${name}`)).text();
}
