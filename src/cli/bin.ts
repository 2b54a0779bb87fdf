// Process entry: real stdout/stderr and exit code.
import { runCli } from './main.js';

const write = (stream: NodeJS.WriteStream) => (text: string) => {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
};

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0); // output piped into `head` and closed
});
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  streams: { stdout: process.stdout, stderr: process.stderr },
});
