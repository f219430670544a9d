// Entry point of dist/server.js. The transport comes from the command line, as
// vscode-languageserver/node reads it: `--stdio` (Neovim, Helix, Emacs, the tests),
// `--node-ipc` (the VS Code client), `--socket=<port>` or `--pipe=<name>`.

import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { LINT_WORKER_FLAG, runLintWorker } from './lintWorker';
import { startServer } from './server';

function isLintWorker(): boolean {
  return process.argv.includes(LINT_WORKER_FLAG) && !(require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread;
}

if (isLintWorker()) {
  // The checking thread of a running server (see lintWorker.ts): no connection of its own.
  runLintWorker();
} else {
  startProcess();
}

function startProcess(): void {
  const TRANSPORTS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];
  const args = process.argv.slice(2);

  if (args.includes('--help') || args.includes('-h') || !args.some((a) => TRANSPORTS.some((t) => a === t || (t.endsWith('=') && a.startsWith(t))))) {
    process.stderr.write(
      'mudaqqiq language server\n' +
        'usage: node dist/server.js --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n' +
        '  --stdio     speak LSP over stdin/stdout (Neovim, Helix, Emacs …)\n' +
        '  --node-ipc  speak LSP over Node IPC (started by the VS Code extension)\n',
    );
    process.exit(args.includes('--help') || args.includes('-h') ? 0 : 2);
  }

  const connection = createConnection(ProposedFeatures.all);

  // Nothing may take the server down: report and carry on.
  process.on('uncaughtException', (e) => connection.console.error(`mudaqqiq: uncaught exception: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
  process.on('unhandledRejection', (e) => connection.console.error(`mudaqqiq: unhandled rejection: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));

  startServer(connection);
}
