import { useMemo } from 'react';
import { languageOf, tokenize } from './highlight';

/** A file's text, highlighted, scrollable and focusable so the keyboard can scroll it. */
export function CodeView({ path, text }: { path: string; text: string }) {
  const language = languageOf(path);
  const tokens = useMemo(() => tokenize(text, language), [text, language]);
  return (
    <pre className="code-view" tabIndex={0} aria-label={`Contents of ${path}`} data-language={language}>
      <code>{tokens.map((t, i) => (t.kind === 'plain' ? t.text : <span key={i} className={`tok-${t.kind}`}>{t.text}</span>))}</code>
    </pre>
  );
}
