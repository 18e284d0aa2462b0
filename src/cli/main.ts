import { parseArgs } from './args';
import { explain } from './explain';
import { exportCommand } from './export';
import { EXIT, type CliIo } from './io';
import { validateCommand } from './validate';

const USAGE = `Usage:
  vpn-designer validate <design.json> [--format text|json] [--details] [--today YYYY-MM-DD]
  vpn-designer explain [<rule-id>]
  vpn-designer export <design.json> [--format arm|bicep|device:<vendor>|p2s|p2s:<client>|all] [--out <dir>] [--include-secrets]
      vendors: strongswan, cisco-iosxe, cisco-asa, juniper-srx, panos, fortigate

Exit codes: 0 no errors (warnings allowed), 1 the design has errors, 2 the input can't be read or isn't a valid document.
`;

/** The CLI entry: returns the process exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'validate':
      return validateCommand(args, io);
    case 'explain':
      return explain(args.positionals[0], io);
    case 'export':
      return exportCommand(args, io);
    case undefined:
    case 'help':
      io.out(USAGE);
      return args.command === 'help' || args.flags.has('help') ? EXIT.ok : EXIT.badInput;
    default:
      io.err(`vpn-designer: unknown command "${args.command}"\n${USAGE}`);
      return EXIT.badInput;
  }
}
