import { useEffect, useMemo, useState } from 'react';
import { loadDocumentText } from '../core/model/load';
import type { TopologyDocument } from '../core/model/types';
import { validate } from '../core/rules/validate';
import { DiagnosticsList } from './DiagnosticsList';
import { fetchExample, fetchExampleList, type ExampleEntry } from './examples';

/**
 * The first screen: open an example design and read what the validation core says about it.
 * The canvas editor builds on this.
 */
export function App() {
  const [examples, setExamples] = useState<ExampleEntry[]>([]);
  const [doc, setDoc] = useState<TopologyDocument | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetchExampleList().then(setExamples, (e: Error) => setError(e.message));
  }, []);

  const diagnostics = useMemo(() => (doc ? validate(doc) : []), [doc]);

  const open = async (file: string) => {
    setError(null);
    try {
      const result = loadDocumentText(await fetchExample(file));
      if (result.ok) setDoc(result.doc);
      else setError(`${file}: ${result.error.path}: ${result.error.message}`);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div className="app">
      <header>
        <h1>vpn-designer</h1>
        <p className="tagline">Design Azure VPN Gateway topologies and see what Azure would reject before you deploy.</p>
      </header>
      <main>
        <label className="picker">
          Example design{' '}
          <select aria-label="Example design" defaultValue="" onChange={(e) => void open(e.target.value)}>
            <option value="" disabled>
              Choose an example…
            </option>
            {examples.map((x) => (
              <option key={x.file} value={x.file}>
                {x.title}
              </option>
            ))}
          </select>
        </label>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
        {doc ? (
          <section className="design" aria-label="Design">
            <h2>{doc.name}</h2>
            <p className="counts">
              {[
                count(doc.vnets.length, 'VNet'),
                count(doc.gateways.length, 'gateway'),
                count(doc.sites.length, 'site'),
                count(doc.p2sConfigurations.length, 'P2S pool'),
                count(doc.connections.length, 'connection'),
              ].join(' · ')}
            </p>
            <DiagnosticsList diagnostics={diagnostics} />
          </section>
        ) : null}
      </main>
    </div>
  );
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
