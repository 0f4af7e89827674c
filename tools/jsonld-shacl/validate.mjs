// Validates a JSON-LD document against SHACL shapes, offline: every @context is served from a local file.
// Usage: node validate.mjs --shapes shapes.ttl --context <url>=<file> [--context ...] document.jsonld
// Prints one JSON object: { "conforms": bool, "violations": [ { focusNode, path, message, severity, shape } ] }.
// Exit code 0 whenever validation ran (conforming or not), 2 on a usage or processing error.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import jsonld from 'jsonld';
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';

const require = createRequire(import.meta.url);

function parseArgs(argv) {
  const args = { contexts: new Map(), shapes: null, document: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--shapes') args.shapes = argv[++i];
    else if (a === '--context') {
      const [url, ...file] = argv[++i].split('=');
      args.contexts.set(url, file.join('='));
    } else args.document = a;
  }
  if (!args.shapes || !args.document) throw new Error('usage: validate.mjs --shapes shapes.ttl --context url=file document.jsonld');
  return args;
}

async function run() {
  const args = parseArgs(process.argv.slice(2));
  const vc = require('@digitalbazaar/credentials-context');
  const known = new Map();
  for (const [url, doc] of vc.contexts) known.set(url, doc);
  for (const [url, file] of args.contexts) known.set(url, JSON.parse(await readFile(file, 'utf8')));
  const documentLoader = async (url) => {
    if (!known.has(url)) throw new Error(`context not available offline: ${url}`);
    return { contextUrl: null, documentUrl: url, document: known.get(url) };
  };

  const input = JSON.parse(await readFile(args.document, 'utf8'));
  // safe mode: a key that no context defines is an error, not silently dropped.
  const nquads = await jsonld.toRDF(input, { format: 'application/n-quads', documentLoader, safe: true });
  const { Readable } = await import('node:stream');
  const data = await rdf.dataset().import(rdf.formats.parsers.import('application/n-quads', Readable.from([nquads])));
  const shapes = await rdf.dataset().import(rdf.fromFile(args.shapes));
  const validator = new SHACLValidator(shapes, { factory: rdf });
  const report = await validator.validate(data);
  const violations = report.results.map((r) => ({
    focusNode: r.focusNode?.value ?? null,
    path: r.path?.value ?? null,
    message: r.message.map((m) => m.value).join(' '),
    severity: r.severity?.value?.split('#').pop() ?? null,
    shape: r.sourceShape?.value ?? null,
  }));
  process.stdout.write(JSON.stringify({ conforms: report.conforms, quads: data.size, violations }) + '\n');
}

run().catch((e) => {
  const event = e?.details?.event;
  process.stderr.write(String(e?.stack ?? e) + (event ? '\n' + JSON.stringify({ code: event.code, details: event.details }) : '') + '\n');
  process.exit(2);
});
