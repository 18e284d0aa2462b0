/** The example designs shipped in public/examples (index.json lists them). */
export interface ExampleEntry {
  readonly file: string;
  readonly title: string;
}

/** Fetches the list of example designs from the app's own origin. */
export async function fetchExampleList(): Promise<ExampleEntry[]> {
  const res = await fetch('examples/index.json');
  if (!res.ok) throw new Error(`could not load the example list (HTTP ${res.status})`);
  return (await res.json()) as ExampleEntry[];
}

/** Fetches one example design's JSON text. */
export async function fetchExample(file: string): Promise<string> {
  const res = await fetch(`examples/${encodeURIComponent(file)}`);
  if (!res.ok) throw new Error(`could not load ${file} (HTTP ${res.status})`);
  return res.text();
}
