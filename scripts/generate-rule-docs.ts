// Writes docs/rules.md from the rule registry (the docs test fails when it is stale).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rulesReference } from '../src/core/rules/docs';

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
writeFileSync(target, rulesReference());
console.log(`wrote ${target}`);
