import { ruleSection } from '../core/rules/docs';
import { RULES, ruleById } from '../core/rules/registry';
import { EXIT, type CliIo } from './io';

/** `vpn-designer explain <rule-id>`: the rule's doc section; with no ID, the list of IDs. */
export function explain(ruleId: string | undefined, io: CliIo): number {
  if (!ruleId) {
    for (const r of RULES) io.out(`${r.meta.id.padEnd(36)} ${r.meta.severities.join('/').padEnd(14)} ${r.meta.title}\n`);
    return EXIT.ok;
  }
  const rule = ruleById(ruleId);
  if (!rule) {
    const near = RULES.filter((r) => r.meta.id.includes(ruleId) || ruleId.includes(r.meta.id.split('/')[1]!)).map((r) => r.meta.id);
    io.err(`vpn-designer: no rule "${ruleId}".${near.length ? ` Did you mean ${near.slice(0, 3).join(', ')}?` : ' Run `vpn-designer explain` for the list.'}\n`);
    return EXIT.badInput;
  }
  io.out(ruleSection(rule) + '\n');
  return EXIT.ok;
}
