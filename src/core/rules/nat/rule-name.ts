import type { Finding } from '../types';
import { defineRule } from '../types';
import { withGateway } from './shared';

export default defineRule({
  meta: {
    id: 'nat/rule-name',
    severities: ['error'],
    title: 'A NAT rule name that contains a slash (/).',
    source: 'FAQ "Can I use a slash (/) in a NAT rule name?"',
    docs: {
      why: 'A NAT rule is a child resource of the gateway, and its name becomes part of a resource path, so Azure rejects names with `/`.',
      example: 'A rule named `ingress/branch-1`.',
      fix: 'Use another separator, such as `ingress-branch-1`. The autofix replaces each `/` with `-`; connections refer to rules by id, so the links stay intact.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of ctx.doc.gateways) {
      for (const r of g.natRules) {
        if (!r.name.includes('/')) continue;
        const suggestion = r.name.replaceAll('/', '-');
        yield {
          elementIds: [r.id, g.id],
          message: `NAT rule "${r.name}" on gateway ${g.name} has a "/" in its name, which Azure refuses.`,
          data: { name: r.name, suggestion },
          fix: {
            hint: `Rename the rule, for example to "${suggestion}".`,
            autofix: {
              label: `Rename to ${suggestion}`,
              apply: (doc) => withGateway(doc, g.id, (gw) => ({ ...gw, natRules: gw.natRules.map((x) => (x.id === r.id ? { ...x, name: suggestion } : x)) })),
            },
          },
        };
      }
    }
  },
});
