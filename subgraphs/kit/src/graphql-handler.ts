import type { ApolloServer, BaseContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Apollo Server as an express handler, mounted after a JSON body parser, as
 * @as-integrations/express5 mounts it, without what res.send adds around a complete answer: Apollo's
 * serialized JSON becomes bytes once and goes out with the headers in one write (a string would be
 * joined to the headers first, one more copy of the answer). Apps using it disable ETags: a GraphQL
 * answer is per caller, and POST requests never revalidate.
 */
export function graphqlHandler<Context extends BaseContext>(
  server: ApolloServer<Context>,
  context: (req: Request, res: Response) => Promise<Context>,
): RequestHandler {
  server.assertStarted('graphqlHandler()');
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const answer = await server.executeHTTPGraphQLRequest({
      // A body no parser read (another content type) is undefined: Apollo refuses it with 400.
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: searchOf(req.url), body: req.body },
      context: () => context(req, res),
    });
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      const type = res.getHeader('content-type');
      // Apollo's JSON answers name their charset; anything else gets express's own treatment.
      if (typeof type !== 'string' || !/;\s*charset=utf-8/i.test(type)) {
        res.send(answer.body.string);
        return;
      }
      const body = Buffer.from(answer.body.string);
      res.setHeader('content-length', body.length);
      res.end(body);
      return;
    }
    // Incremental delivery (@defer): each part as Apollo yields it.
    for await (const chunk of answer.body.asyncIterator) {
      res.write(chunk);
      (res as Response & { flush?: () => void }).flush?.();
    }
    res.end();
  };
}

/** The query string of a request target, `?` included, as URL parsing gives it ('' when none). */
function searchOf(target: string): string {
  const start = target.indexOf('?');
  if (start === -1) return '';
  const fragment = target.indexOf('#', start);
  return fragment === -1 ? target.slice(start) : target.slice(start, fragment);
}
