/**
 * One subgraph of the benchmark workload, in its own process: a plain @apollo/subgraph schema on
 * Apollo Server's standalone HTTP server, as the public benchmark's Node subgraphs run.
 *
 *   node tools/bench/router/subgraph.ts <accounts|inventory|products|reviews> <port>
 *
 * With ROUTER_SUBGRAPH_SECRET set, a request carrying Comptoir's router credential must carry a
 * valid one (so the benchmark proves the router signs what it sends); requests without one (the
 * vanilla gateway's) are answered as a plain subgraph answers them.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { isValidRouterCredential, routerCredentialHeader } from '@comptoir/kit/auth';
import { GraphQLError } from 'graphql';
import { type WorkloadSubgraphName, workloadSubgraph, workloadSubgraphNames } from './workload.ts';

const [name, portText] = process.argv.slice(2);
const port = Number(portText);
if (!workloadSubgraphNames.includes(name as WorkloadSubgraphName) || !Number.isSafeInteger(port)) {
  console.error(`usage: node tools/bench/router/subgraph.ts <${workloadSubgraphNames.join('|')}> <port>`);
  process.exit(2);
}

const secrets = process.env.ROUTER_SUBGRAPH_SECRET?.split(',').filter(Boolean) ?? [];

const routerCredentialCheck: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    const credential = request.http?.headers.get(routerCredentialHeader);
    if (credential === undefined || secrets.length === 0) return;
    const signed = {
      authorization: request.http?.headers.get('authorization'),
      query: request.query ?? '',
      variables: request.variables,
    };
    if (!isValidRouterCredential(secrets, credential, signed)) {
      throw new GraphQLError('invalid router credential', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
  },
};

const server = new ApolloServer({
  schema: buildSubgraphSchema(workloadSubgraph(name as WorkloadSubgraphName)),
  plugins: [routerCredentialCheck],
});
try {
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  console.log(`${name} subgraph ready at ${url}`);
} catch (error) {
  console.error(`${name} subgraph cannot listen on 127.0.0.1:${port}: ${(error as Error).message}`);
  process.exit(1);
}
