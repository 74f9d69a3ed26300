/**
 * One subgraph of the benchmark workload, in its own process: a plain @apollo/subgraph schema
 * executed by graphql-js behind node:http.
 *
 *   node tools/bench/router/subgraph.ts <accounts|inventory|products|reviews> <port>
 *
 * The subgraphs share one core with the load driver and must not be what limits a round (the
 * public benchmark runs them in Rust for that reason): each distinct request body is executed once
 * and its answer kept, so a repeated body costs a lookup. With ROUTER_SUBGRAPH_SECRET set, a request
 * carrying Comptoir's router credential must carry a valid one for its own Authorization header and
 * operation, checked on every request (so the benchmark proves the router signs what it sends);
 * requests without one (the vanilla gateway's) are answered as a plain subgraph answers them.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { isValidRouterCredential, routerCredentialHeader } from '@comptoir/kit/auth';
import { execute, parse, validate } from 'graphql';
import { type WorkloadSubgraphName, workloadSubgraph, workloadSubgraphNames } from './workload.ts';

const [name, portText] = process.argv.slice(2);
const port = Number(portText);
if (!workloadSubgraphNames.includes(name as WorkloadSubgraphName) || !Number.isSafeInteger(port)) {
  console.error(`usage: node tools/bench/router/subgraph.ts <${workloadSubgraphNames.join('|')}> <port>`);
  process.exit(2);
}

const secrets = process.env.ROUTER_SUBGRAPH_SECRET?.split(',').filter(Boolean) ?? [];
const schema = buildSubgraphSchema(workloadSubgraph(name as WorkloadSubgraphName));

type Operation = { query: string; variables: Record<string, unknown> | null };
type Answer = { operation: Operation; status: number; body: string };

/** Answers by request body; the workload sends a handful of distinct ones, the bound is a safeguard. */
const answers = new Map<string, Answer>();
const maxAnswers = 10_000;

async function answerFor(body: string): Promise<Answer> {
  const known = answers.get(body);
  if (known) return known;
  const answer = await executeBody(body);
  if (answers.size < maxAnswers) answers.set(body, answer);
  return answer;
}

async function executeBody(body: string): Promise<Answer> {
  let request: { query?: unknown; variables?: unknown; operationName?: unknown };
  try {
    request = JSON.parse(body);
  } catch {
    return refusal(400, 'the body is not JSON');
  }
  if (typeof request.query !== 'string') return refusal(400, 'the body has no query');
  const operation = { query: request.query, variables: (request.variables ?? null) as Operation['variables'] };
  let document: ReturnType<typeof parse>;
  try {
    document = parse(operation.query);
  } catch (error) {
    return refusal(400, (error as Error).message, operation);
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return { operation, status: 400, body: JSON.stringify({ errors: invalid }) };
  const result = await execute({
    schema,
    document,
    variableValues: operation.variables,
    operationName: typeof request.operationName === 'string' ? request.operationName : undefined,
  });
  return { operation, status: 200, body: JSON.stringify(result) };
}

function refusal(status: number, message: string, operation: Operation = { query: '', variables: null }): Answer {
  return { operation, status, body: JSON.stringify({ errors: [{ message }] }) };
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, '{"errors":[{"message":"POST a GraphQL request"}]}');
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const answer = await answerFor(Buffer.concat(chunks).toString('utf8'));
  const credential = req.headers[routerCredentialHeader];
  if (credential !== undefined && secrets.length > 0) {
    const signed = { authorization: req.headers.authorization, ...answer.operation };
    if (!isValidRouterCredential(secrets, String(credential), signed)) {
      return send(res, 401, '{"errors":[{"message":"invalid router credential"}]}');
    }
  }
  send(res, answer.status, answer.body);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: Error) => send(res, 500, JSON.stringify({ errors: [{ message: error.message }] })));
});
// Longer than any gateway's idle connections live: a gateway never writes into a socket being closed.
server.keepAliveTimeout = 120_000;
server.headersTimeout = 121_000;
server.once('error', (error) => {
  console.error(`${name} subgraph cannot listen on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => console.log(`${name} subgraph ready at http://127.0.0.1:${port}/graphql`));
