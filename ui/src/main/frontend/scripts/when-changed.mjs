// Runs `npm ci` or `npm run build` only when what they read changed since they last ran here, so that starting the
// system again (mvn -Prun) does not reinstall and rebuild an inbox nobody touched.
//   node scripts/when-changed.mjs install   npm ci, when package-lock.json differs from what node_modules holds
//   node scripts/when-changed.mjs build     npm run build, when the sources, settings or API schema differ from the
//                                           last build's (or its output is gone)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const here = new URL('..', import.meta.url).pathname;
const target = join(here, '../../../target');
const schema = join(here, '../../../../graphql-schema/schema.graphql');
// The API's error codes: app/errors.ts reads them, and its test checks each has its sentences.
const errorCodes = join(here, '../../../../graphql-schema/error-codes.txt');

const steps = {
  install: {
    inputs: ['package.json', 'package-lock.json'],
    stamp: join(here, 'node_modules/.campus-sms-installed'),
    output: join(here, 'node_modules'),
    npm: ['ci', '--no-audit', '--no-fund', '--prefer-offline'],
  },
  build: {
    inputs: ['package.json', 'package-lock.json', 'index.html', 'vite.config.ts', 'codegen.ts', 'tsconfig.json',
      'eslint.config.js', 'public', 'src', schema, errorCodes],
    stamp: join(target, 'frontend-build.sha256'),
    output: join(target, 'frontend-dist/index.html'),
    npm: ['run', 'build'],
  },
};

const step = steps[process.argv[2]];
if (!step) {
  console.error('Usage: node scripts/when-changed.mjs install|build');
  process.exit(2);
}

const digest = fingerprint(step.inputs);
if (existsSync(step.output) && existsSync(step.stamp) && readFileSync(step.stamp, 'utf8') === digest) {
  console.log(`npm ${step.npm.join(' ')}: skipped, nothing it reads changed since it last ran`);
  process.exit(0);
}
const npm = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', step.npm, { cwd: here, stdio: 'inherit' });
if (npm.status !== 0) {
  process.exit(npm.status ?? 1);
}
writeFileSync(step.stamp, digest);

/** A SHA-256 over the paths and contents of the inputs' files (generated code left out), and Node's version. */
function fingerprint(inputs) {
  const hash = createHash('sha256').update(process.version);
  for (const input of inputs) {
    const path = input.startsWith('/') ? input : join(here, input);
    for (const file of filesUnder(path)) {
      hash.update(relative(here, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

function filesUnder(path) {
  if (!existsSync(path)) {
    return [];
  }
  if (!statSync(path).isDirectory()) {
    return [path];
  }
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !(entry.isDirectory() && entry.name === 'gql' && path.endsWith('/src')))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}
